#!/usr/bin/env python3
"""Draws the Teams app icons deterministically (same bytes on every run; standard library only).

color.png   192x192: a white "W" on WSIS blue, full bleed.
outline.png  32x32 : the same "W" in white on a transparent background (Teams' rule for outline icons).

Run from anywhere: python3 deploymentTemplates/teams/make-icons.py
"""
import os
import struct
import zlib

WSIS_BLUE = (0x0A, 0x4E, 0x9B)
WHITE = (0xFF, 0xFF, 0xFF)

# The "W" as a polyline in unit coordinates, drawn with round joins and caps.
W_POINTS = [(0.17, 0.27), (0.32, 0.73), (0.50, 0.36), (0.68, 0.73), (0.83, 0.27)]


def distance_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)
    t = max(0.0, min(1.0, t))
    cx, cy = ax + t * dx, ay + t * dy
    return ((px - cx) ** 2 + (py - cy) ** 2) ** 0.5


def coverage(size, x, y, half_width, samples=4):
    """Share of pixel (x, y) covered by the W stroke, by supersampling."""
    inside = 0
    for sy in range(samples):
        for sx in range(samples):
            px = (x + (sx + 0.5) / samples) / size
            py = (y + (sy + 0.5) / samples) / size
            if any(
                distance_to_segment(px, py, *W_POINTS[i], *W_POINTS[i + 1]) <= half_width
                for i in range(len(W_POINTS) - 1)
            ):
                inside += 1
    return inside / (samples * samples)


def png(path, size, pixel):
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter type: none
        for x in range(size):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


def color_pixel(x, y):
    a = coverage(192, x, y, half_width=0.055)
    return bytes(round(b * (1 - a) + w * a) for b, w in zip(WSIS_BLUE, WHITE)) + b"\xff"


def outline_pixel(x, y):
    a = coverage(32, x, y, half_width=0.07)
    return bytes(WHITE) + bytes([round(255 * a)])


here = os.path.dirname(os.path.abspath(__file__))
png(os.path.join(here, "color.png"), 192, color_pixel)
png(os.path.join(here, "outline.png"), 32, outline_pixel)
