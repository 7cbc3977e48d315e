"""reportqa: question answering with verbatim citations over Chinese government reports.

The ground floor, importing nothing else of the project: ``types`` (reports, chunks, hits,
metadata), ``settings`` (one ``Settings``, prefix REPORTQA_), ``errors`` (user-facing, in
Chinese), ``text`` (normalisation, OpenCC, jieba tokenising), ``dictionary`` (jieba's trie, private to the
process: never jieba_fast_dat's shared temp-dir file), ``patterns`` (report heading
shapes), ``units`` (unit names), ``ports`` (what the core needs from storage and search),
``answer_json`` (an answer as its JSON record and back), ``lacks`` (what a report says its
unit lacks: read at ingest, matched at the ask),
and small infrastructure: ``locking``, ``faults`` (test crash points), ``prompts``,
``frozen`` (a quicker constructor for records made by the thousand), ``token_codes`` (a
report's tokens as codes, handed from an ingest worker to the refresh), ``spawn_main``
(helper processes that do not re-run the main script).
"""

__version__ = "0.1.0"
__all__ = [
    "answer",
    "answer_json",
    "answer_markdown",
    "dictionary",
    "errors",
    "faults",
    "frozen",
    "lacks",
    "locking",
    "patterns",
    "ports",
    "prompts",
    "settings",
    "spaced_tables",
    "spawn_main",
    "text",
    "token_codes",
    "types",
    "units",
]
