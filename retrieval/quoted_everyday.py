"""A quote marks the user's own name for a thing as often as the report's: 「“懂法带头人”」.

People put quote marks round a name to say it is one name, and the name is often their own
paraphrase of the report's coined term: 「那种“法律健康检查”」 for the reports' 法律体检 /
法治体检, 「“懂法带头人”」 for 法律明白人. A quoted phrase kept only its own spellings and the
thesaurus's (``retrieval.quoted_items``), so the everyday words ``register.txt`` lists for the
reports' practice terms — read for the same words unquoted — were lost once quoted, and the
answer was 「没有」.

Two general facts give the report's spellings of such a quote:

- the whole quote is an everyday word of ``register.txt``: its report words (as unquoted);
- the quote spells out a contracted word the reports coin names on: 体检 is the contraction of
  健康检查 / 身体检查, and the reports name the service for firms 法治体检, 法律体检, 企业体检
  on the short word, never the long one. The quote with the short word (and its 法治/法律/法制
  variants, ``retrieval.legal_spellings``) is a spelling of it.

A quote after a verb of mentioning (「提到“X”」) asks whether the words themselves are written;
the caller leaves it alone, as it does the thesaurus.
"""

from __future__ import annotations

from retrieval.legal_spellings import legal_variants
from retrieval.register import read_register

__all__ = ["everyday_spellings"]

# a spelled-out word → the contraction the reports coin names on (体检 = 健康检查 = 身体检查)
_CONTRACTED = {"健康检查": "体检", "身体检查": "体检"}


def everyday_spellings(phrase: str) -> tuple[str, ...]:
    """The report's spellings of the quoted ``phrase`` when it is the user's own word for the
    thing (none when it is not)."""
    words = read_register().get(phrase, ())[1:]  # the key itself is first: the quote has it
    for full, short in _CONTRACTED.items():
        if full in phrase and len(phrase) > len(full):  # 「健康检查」 alone is the medical check
            shorter = phrase.replace(full, short)
            words = (*words, shorter, *legal_variants(shorter))
    return tuple(dict.fromkeys(words))
