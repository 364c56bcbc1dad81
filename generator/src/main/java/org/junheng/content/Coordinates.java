package org.junheng.content;

public record Coordinates(double latitude, double longitude) {
}
