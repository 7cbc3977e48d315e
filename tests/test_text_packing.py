"""perf20: report texts are packed at zlib's fastest level. What must hold: a text comes back
exactly, a text record written before (level 6) still reads, and the packing stays a real
saving on report text (made up here, in the reports' register)."""

from __future__ import annotations

import base64
import zlib

from stores.records import pack, unpack

TEXT = (
    "一、推进法治政府建设的主要举措\n"
    "青禾镇坚持以习近平法治思想为指导，司法所联合派出所开展普法宣传二十余场，"
    "综治中心调处矛盾纠纷四十余件，调解成功率百分之九十八。\n"
) * 60


def test_a_packed_text_comes_back_exactly():
    assert unpack(pack(TEXT)) == TEXT
    assert unpack(pack("")) == ""


def test_a_text_packed_before_this_round_still_reads():
    old = base64.b64encode(zlib.compress(TEXT.encode("utf-8"), 6)).decode("ascii")
    assert unpack(old) == TEXT


def test_packing_still_saves_most_of_the_bytes():
    assert len(pack(TEXT)) < len(TEXT.encode("utf-8")) / 4
