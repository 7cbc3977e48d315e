"""Who read a work report to the congress, as the page says it in a line of its own.

A web copy of a government work report often keeps the news caption of the session's photo:
「3月5日，第十二届全国人民代表大会第五次会议在北京人民大会堂开幕。国务院总理李克强作政府工作报告。」
The caption names the person by post and name (总理/省长/市长/区长/县长/…长, 主任 of a 管委会)
right before 作…工作报告 — the same fact 「我代表国务院」 says of the organ. Only that shape counts:
a name quoted in the body (「李克强总理视察深圳时的重要讲话」) is someone else's deed, and a
report whose page has no such line names no speaker (the organ alone answers).
"""

from __future__ import annotations

import re

# post + name (two or three characters) + 作(了)…工作报告: the one who delivered it; a word
# of place or manner after the post (「市长在会上作…」) is no name
_CAPTION = re.compile(
    r"((?:国务院)?(?:代?总理|代?省长|代?市长|代?区长|代?县长|代?州长|代?旗长|代?镇长|代?乡长|主任))"
    r"((?:(?![在向于的代作了将也就])[\u4e00-\u9fff]){2,3}?)(?:代表[\u4e00-\u9fff]{2,20}?)?(?:向大会)?作(?:了)?"
    r"(?:政府|管委会)?工作报告"
)


def speaker(text: str) -> tuple[int, int, str, str] | None:
    """(start, end, post, name) of the line naming who delivered the report, or None."""
    m = _CAPTION.search(text)
    return (m.start(), m.end(), m.group(1), m.group(2)) if m else None
