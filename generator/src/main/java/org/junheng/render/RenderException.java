package org.junheng.render;

/** A template failed on a page; names the page and the template so a theme author can find it. */
public final class RenderException extends RuntimeException {

    public RenderException(String page, String template, String message, Throwable cause) {
        super("模板 " + template + " 在生成 " + page + " 时出错：" + message, cause);
    }
}
