"""Round bodies41: the post filled is the post of the body it is written with.

Three invented township reports (``tests/data/probe_reports_bodies41``): 白沙乡 fills the
post of its 法治政府建设工作领导小组 (以乡长为组长的…); 青山镇 fills the post of its
平安建设领导小组 and 红岭镇 of its 森林防火指挥部, each in a sentence that names 法治政府建设
elsewhere (「为法治政府建设提供有力保障」). A question asking the rule-of-law body's post
(``retrieval.bodies``) reads the sentence filling it, and only when the body filled is
the asked one: two which paraphrases and a fact, and the must-not — a fact asking 青山镇's
法治建设领导小组组长 quotes no sentence on another body.
"""

from __future__ import annotations

from pathlib import Path

from retrieval.bodies import asked_body_said, bodies_in
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_bodies41"
PROBES = DATA / "probes_bodies41.jsonl"


def test_bodies41_probes(tmp_path, monkeypatch, capsys):
    # int39 (f2b73e3): b41_1a and b41_1b got 红岭镇 and 青山镇 too (F1 0.5); branch: 1.0
    data = tmp_path / "d"
    ingest_and_eval(monkeypatch, capsys, data, [REPORTS], PROBES, ["--min-f1", "1.0"])
    must_not = tmp_path / "must_not.jsonl"
    must_not.write_text(
        '{"id": "b41_2", "question": "青山镇法治建设领导小组组长是谁？", "kind": "fact"}\n',
        encoding="utf-8",
    )
    # int39: quoted 「成立以镇长为组长的平安建设领导小组，…为法治政府建设提供有力保障。」
    for _, ans in asked(data, must_not):
        assert not any("平安建设" in c.quote for c in ans.citations)


def _kind(question: str):
    return next(c for _, _, c in bodies_in(question) if c.term.endswith("小组"))


def test_the_post_belongs_to_the_body_written_with_it():
    kind = _kind("法治建设领导小组组长是谁")
    assert (
        asked_body_said("成立以镇长为组长的安全生产领导小组，为法治政府建设营造良好环境", kind)
        is False
    )
    assert asked_body_said("乡里成立安全生产领导小组，由乡长任组长，开展隐患排查", kind) is False
    assert asked_body_said("成立以镇党委书记为组长的法治建设领导小组", kind)
    assert asked_body_said("调整充实了法治政府建设领导机构，由镇党委书记任组长", kind)
    # cut off by a web copy: the body filled may be the asked one
    assert asked_body_said("大盛镇成立了以党委书记为组长,镇长为副组长的法治建设工作领", kind)


def test_no_post_asked_reads_no_body():
    assert (
        asked_body_said("成立以镇长为组长的安全生产领导小组", _kind("法治建设领导小组开了几次会"))
        is None
    )


def test_a_body_named_by_generic_words_only_names_no_remit():
    # 「成立工作专班，乡人大主席任组长，…分包重点项目」 (seed heldout h30): 工作 names no remit, so the
    # body is unnamed and may be the asked one; failed after bodies41 (h30 answered nothing)
    kind = _kind("法治建设工作小组组长是谁")
    assert asked_body_said("成立工作专班，乡人大主席任组长，分包重点项目", kind)
    assert asked_body_said("组建专项工作组，由副镇长任组长，负责法治宣传", kind)
    # must not: a body named with another remit stays another body
    assert asked_body_said("成立征地拆迁工作专班，由副镇长任组长，推进依法征收", kind) is False
