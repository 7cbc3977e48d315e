"""The verdict on a report a fan-out finds nothing in, and the whole scope's list of them.

At 10 000 reports a which-question supports a few thousand reports and is silent on the
rest; the silent verdict depends on nothing in the question (only on the report and
whether it is indexed), so it is made once per report and index version. The list of every
report's silent verdict in scope order is kept too: a fan-out copies it and puts its
supported reports in their places, instead of walking the ~10 000 reports one by one to
look each up (a twentieth of the answer). A report whose record changed (a metadata
correction keeps the index version) is a new object: the kept list is used only while
every record in scope is the very one it was made for.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import is_
from typing import TYPE_CHECKING

from reportqa.types import ReportEvidence, ReportInfo

if TYPE_CHECKING:
    from retrieval.catalog import Catalog


class SilentVerdicts:
    def __init__(self, library: Catalog) -> None:
        self.lib = library
        self.by: dict[str, ReportEvidence] = {}
        self._version = None
        # (version, the scope's records, their verdicts, report id -> place in the scope)
        self._scope: tuple | None = None

    def __call__(self, info: ReportInfo) -> ReportEvidence:
        """The report's verdict when no sentence of it was read or scored."""
        version = self.lib.lexical.version
        if self._version != version:
            self.by, self._version = {}, version
        got = self.by.get(info.report_id)
        if got is None or got.info is not info:
            indexed = info.report_id in self.lib.lexical.report_row
            got = ReportEvidence(info, (), False, 0.0, "未提及" if indexed else "报告未建立索引")
            self.by[info.report_id] = got
        return got

    def of_scope(self, infos: Sequence[ReportInfo]) -> tuple[list[ReportEvidence], dict[str, int]]:
        """A fresh list of the silent verdicts of ``infos`` in their order, and each report's
        place in it (the last scope asked about is kept)."""
        version = self.lib.lexical.version
        kept = self._scope
        if (
            kept is not None
            and kept[0] == version
            and self._version == version
            and len(kept[1]) == len(infos)
            and all(map(is_, kept[1], infos))
        ):
            return list(kept[2]), kept[3]
        verdicts = [self(info) for info in infos]
        places = {info.report_id: i for i, info in enumerate(infos)}
        self._scope = (version, list(infos), verdicts, places)
        return list(verdicts), places
