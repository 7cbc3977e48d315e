"""Heading patterns of Chinese official reports, shared by cleaning and sectioning."""

from __future__ import annotations

import re

_CN_NUM = "一二三四五六七八九十百零〇"

# 「一、」 level 1; 「（一）」「(一)」 level 2; 「1.」「1、」「（1）」 level 3
LEVEL1 = re.compile(rf"^[{_CN_NUM}]{{1,3}}[、．.]")
LEVEL2 = re.compile(rf"^[（(][{_CN_NUM}]{{1,3}}[）)]")
LEVEL3 = re.compile(r"^(?:\d{1,2}[\.．、](?!\d)|[（(]\d{1,2}[）)])")
HEADING_START = re.compile(f"{LEVEL1.pattern}|{LEVEL2.pattern}|{LEVEL3.pattern}")

# inline enumerations that mark natural split points inside long paragraphs
ENUM_POINT = re.compile(rf"(?<=[。；;！？])(?=(?:[{_CN_NUM}]是|第[{_CN_NUM}]，|其[{_CN_NUM}]是))")
SENTENCE_END = re.compile(r"(?<=[。；;！？!?])")
