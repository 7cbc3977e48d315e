"""「法律上把关」「从法治上审一审」: 上 after a field says in what respect the deed is done.

A noun of the legal field followed by the locative 上 and a verb is an adverbial of respect
("legally", "from the law's side"), not a place and not a thing asked about on its own:
「先让法律上把关」 asks for the legal review itself, which reports write 法律审核, 合法性审查,
法制审核. Read as two words, 法律 became a need of its own and every sentence naming any law
counted as half the answer, while the review written without the word 法律 did not. Said
without the 上 (法律把关, 法律审核) the deed is one phrase the vocabulary knows, so the respect
and its verb are joined: the field noun modifies the deed.

With 的 the respect modifies a thing: 「法律上的“健康检查”」 is the 法律健康检查 (法律体检) and
「法治上的短板」 the 法治短板. The field joins the noun, inside its quote marks when the user
quoted the noun, so the quote is read with the field it is said of (``retrieval.quoted_everyday``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.spoken import untried

Tagger = Callable[[str], list[tuple[str, str]]]

# 从/在 may open the phrase (从法律上, 在法治上); the fields that name legality itself
_RESPECT = re.compile(r"(?:从|在)?(法律|法治|法制)上(?=[\u4e00-\u9fff])")


# 「法律上的“健康检查”」: the respect before a thing, the thing perhaps quoted
_OF_THING = re.compile(r"(?:从|在)?(法律|法治|法制)上的(?P<quote>[“\"「]?)(?=[\u4e00-\u9fff])")


def legal_respect(question: str, tag: Tagger) -> str:
    """``question`` with 「法律上」 before a verb or 「法律上的」 before a thing read as the
    modifier of that verb or thing (法律把关, “法律健康检查”)."""
    return _respect_of_deed(_OF_THING.sub(lambda m: m.group("quote") + m.group(1), question), tag)


def _respect_of_deed(question: str, tag: Tagger) -> str:
    """``question`` with 「法律上」 before a verb read as the modifier of that verb (法律把关),
    the verb said once if it was said tentatively (把把关: ``retrieval.spoken.untried``)."""
    out, at = [], 0
    for m in _RESPECT.finditer(question):
        if m.start() < at:
            continue
        after = tag(question[m.end() : m.end() + 4])
        if not after or not after[0][1].startswith("v"):
            continue
        verb = after[0][0]
        out.extend([question[at : m.start()], m.group(1), untried(verb, tag)])
        at = m.end() + len(verb)
    return "".join(out) + question[at:]
