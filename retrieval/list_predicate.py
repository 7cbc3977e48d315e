"""Where a fronted list ends and the question's predicate starts, with no pause between.

「宪法日、宪法宣传周有搞活动的是哪些」 fronts a list of the things asked and runs the predicate
(有搞活动的) into its last item without a comma. Read as written, the last item took the
predicate (宪法宣传周有搞活动) and no report spelled it, so the list's second example was lost and
only reports writing the first answered. The predicate opens with 有/在 (also 也/都/还 before
them) and a verb of doing (搞, 开展, 办…): there the list ends, as if the user had paused, and
the list is read as the fronted alternatives it is (``retrieval.item_lists``).
"""

from __future__ import annotations

import re

_STOP = "，,。？?！!；;、\\s"
_DOING = r"(?:搞|开展|举办|举行|办|做|弄|推|抓|组织|落实|推进|实行|实施)"
_FRONTED = re.compile(
    rf"(?:^|(?<=[，,。？?！!；;]))(?P<list>[^{_STOP}]{{2,10}}(?:、[^{_STOP}]{{2,10}}?)+?)"
    rf"(?P<rest>(?:也|都|还)?(?:有|在){_DOING}[^，,。？?！!；;]*(?:哪|谁))"
)


def predicate_apart(text: str) -> str:
    """``text`` with a pause between a fronted list and the predicate run into it; a list
    holding the which-word (「哪些镇在搞普法、禁毒…」) is the question itself, no fronted topic."""

    def pause(m: re.Match) -> str:
        if re.search(r"哪|谁", m["list"]):
            return m.group(0)
        return f"{m['list']}，{m['rest']}"

    return _FRONTED.sub(pause, text)
