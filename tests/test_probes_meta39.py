"""Round meta39: names ending in 强/治, no empty unit in a list, and the page's publisher.

``probes_meta39.jsonl`` asks over seven invented reports (``tests/data/probe_reports_meta39``):

- 武强县 and 长治市 are listed places whose names end like the slogans 「科技强县」「法治市」;
  their pages (one with an empty 来源 field) had no unit read, and 「哪份报告是2022年的」
  listed an empty name (u1 u2 u3). 柳溪县's 「全力打造法治强县」 stays a slogan (u3).
- m3.txt names no unit: it is listed by its file, never as the unit '' (e1).
- The page's publisher (来源：青禾县司法局; the cell 「• 白鹭区司法局」 of an unlabelled disclosure
  list; the request 「以上请示妥否，请批示。」 signed 云杉区司法局 above the report) is report
  metadata: 「哪些报告是司法局发布的」「来源写的是司法局的」 list exactly those (p1 p2), and
  「由县政府办公室发的」 the one whose 来源 is 柳溪县人民政府办公室 (p3). 柳溪县's sentence
  「县司法局牵头开展普法宣传活动」 makes no publisher, and a question about that deed is still
  answered from the text (n1).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from answering.meta_publisher import asks_publisher
from cli.main import main
from ingest import admin_names as an
from ingest.gazetteer import gazetteer
from ingest.publisher import read_publisher
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_meta39.jsonl"
REPORTS = DATA / "probe_reports_meta39"


def test_meta39_probes(tmp_path, monkeypatch, capsys):
    # main (e281f5b): which 0.23 (u1 u2 e1 p1 p2 p3 at 0, u3 0.80, n1 1.00); branch 1.00
    result = ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", [REPORTS], PROBES, ["--min-f1", "1.0"]
    )
    assert all("" not in q["got"] for q in result["questions"])
    capsys.readouterr()
    assert main(["reports", "--json"]) == 0
    published = {r["source"]: r["publisher"] for r in json.loads(capsys.readouterr().out)}
    assert published == {
        "m1.txt": "",  # 「来源:」 left empty names nobody
        "m2.txt": "",
        "m3.txt": "",
        "p1.txt": "青禾县司法局",
        "p2.txt": "白鹭区司法局",
        "p3.txt": "云杉区司法局",
        "p4.txt": "柳溪县人民政府办公室",
    }
    assert main(["reports"]) == 0
    assert "发布：白鹭区司法局" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("question", "organs"),
    [
        ("哪些报告是司法局发布的？", ("司法局",)),
        ("来源是铁岭市司法局的报告有哪些", ("铁岭市司法局",)),
        ("发布机构为县司法局的有哪几份", ("县司法局",)),
        ("司法局发的报告都有哪些", ("司法局",)),
        ("哪些地方的司法局发布了普法通知", ()),  # a department's deed
        ("区司法局发的文件里提到了什么", ()),  # what it wrote: the text
        ("资金来源是财政局的项目有哪些", ()),  # the 来源 of money, not of the page
        ("哪些报告提到了司法局", ()),
    ],
)
def test_asks_publisher(question, organs):
    assert asks_publisher(question) == organs


@pytest.mark.parametrize(
    ("page", "publisher"),
    [
        ("某某报告\n来源:江岸市司法局发布时间:2024年03月02日\n2023年，江岸市…", "江岸市司法局"),
        ("某某报告\n发布日期:2024-01-05 来源: 浏览次数:\n2023年，我县…", ""),
        ("• 11/2024-1• 法制• 东坡区司法局• 2024-01-02\n东坡区2023年报告\n2023年…", "东坡区司法局"),
        ("某县司法局_关于某县2023年法治政府建设情况的报告\n2023年，某县…", "某县司法局"),
        ("某县报告\n2023年，某县司法局开展普法宣传40场。", ""),  # a sentence names no publisher
    ],
)
def test_read_publisher(page, publisher):
    assert read_publisher(page) == publisher


def test_names_ending_like_slogans():
    gaz = gazetteer()

    def known(n: str) -> bool:
        return bool(gaz.counties.get(n) or gaz.cities.get(n) or gaz.towns.get(n))

    assert an.parse_chain("武强县", known) == {"county": "武强县"}
    assert an.parse_chain("长治市", known) == {"city": "长治市"}
    assert an.parse_chain("打造法治强县", known) == {}
    assert an.parse_chain("建设科技强市", known) == {}
