"""A word in brackets inside a term marks a part the term may go without.

Users write 「法治（政府）建设领导小组」「行政执法（人员）培训」「法律顾问（团）」 for either
spelling: the term with the bracketed part and without it. Left in, the bracket cut the term
in pieces (法治 / 政府 / 建设 / 领导小组), each a required word of its own, so a sentence with
政府 and 建设 anywhere answered. The term without the part is the one to search: its
spellings (synonyms, a compound spelled apart) find the longer term too.

Not such a part: a bracket that names another kind's word (「镇长（街道就是主任）」,
``retrieval.aside_names``), offers an alternative (「（或修订）」, ``retrieval.phrases``),
denies or scopes (「（不是镇）」「（街道不算）」), gives an example (「人工智能（像大模型）」,
``retrieval.item_lists``), or joins level nouns (「县（区）」, read as
scope by ``retrieval.level_words`` before this runs), and a bracket not inside a word.
"""

from __future__ import annotations

import re

_LEVELS = "乡镇|街道|区县|县区|乡|镇|县|区|市|省|旗|村|社区"
_PART = re.compile(
    rf"(?<=[\u4e00-\u9fff])[（(](?!(?:{_LEVELS})[）)])"
    r"(?P<part>(?![^）)]*[是叫为称即或不非没算含包括等像如例譬类指])[\u4e00-\u9fff]{1,4})[）)](?=[\u4e00-\u9fff])"
)


def without_optional_parts(text: str) -> str:
    """「法治（政府）建设领导小组」 → 「法治建设领导小组」: the term without its optional part."""
    return _PART.sub("", text)
