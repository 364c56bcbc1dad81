package org.junheng.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junheng.content.Content;
import org.junheng.content.Document;
import org.junheng.content.Partnership;
import org.junheng.content.Problem;
import org.junheng.content.Project;
import org.junheng.content.SourceLocation;

/** Projects and partnerships have unique ids and name schools and documents that exist. */
final class ProgressRules implements Rule {

    @Override
    public void check(Content content, List<Problem> problems) {
        Set<String> schools = content.schoolsByCode().keySet();
        Set<String> documents = content.documents().stream().map(Document::slug).collect(Collectors.toSet());
        Map<String, SourceLocation> ids = new HashMap<>();
        for (Project project : content.projects()) {
            SourceLocation first = ids.putIfAbsent(project.id(), project.source());
            if (first != null) {
                problems.add(Problem.error(project.source(), project.id(), "project.duplicate-id",
                        "项目编号重复（第一次出现在 " + first + "）", "每个项目用不同的编号"));
            }
            project.schoolCode().filter(code -> !schools.contains(code)).ifPresent(code ->
                    problems.add(Problem.error(project.source().withField("学校标识码", 0), code,
                            "project.unknown-school", "项目的学校不在学校名录中", "改正学校标识码；全县性项目留空")));
            documents(project.evidence(), documents, project.source().withField("佐证文件", 0), problems);
        }
        ids.clear();
        for (Partnership partnership : content.partnerships()) {
            SourceLocation at = partnership.source();
            if (ids.putIfAbsent(partnership.id(), at) != null) {
                problems.add(Problem.error(at.withField("id", 0), partnership.id(), "partnership.duplicate-id",
                        "共同体 id 重复", "每个共同体用不同的 id"));
            }
            Set<String> members = new HashSet<>();
            for (String code : partnership.memberCodes()) {
                if (!schools.contains(code)) {
                    problems.add(Problem.error(at.withField("members", 0), code, "partnership.unknown-school",
                            "成员学校不在学校名录中", "改正学校标识码"));
                } else if (code.equals(partnership.leadCode())) {
                    problems.add(Problem.error(at.withField("members", 0), code, "partnership.lead-as-member",
                            "牵头学校又列为成员", "从 members 中删去牵头学校"));
                } else if (!members.add(code)) {
                    problems.add(Problem.error(at.withField("members", 0), code, "partnership.duplicate-member",
                            "成员学校重复", "删去重复的标识码"));
                }
            }
            if (!schools.contains(partnership.leadCode())) {
                problems.add(Problem.error(at.withField("lead", 0), partnership.leadCode(),
                        "partnership.unknown-school", "牵头学校不在学校名录中", "改正学校标识码"));
            }
            documents(partnership.agreements(), documents, at.withField("agreements", 0), problems);
            documents(partnership.reports(), documents, at.withField("reports", 0), problems);
        }
    }

    private static void documents(List<String> slugs, Set<String> documents, SourceLocation at,
                                  List<Problem> problems) {
        slugs.stream().filter(slug -> !documents.contains(slug)).forEach(slug ->
                problems.add(Problem.error(at, slug, "reference.unknown-document", "找不到这份公开文件",
                        "写 content/documents/ 中的文件名（不带 .md）")));
    }
}
