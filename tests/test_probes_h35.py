"""Round h35: a level noun the asked deed goes to is no scope.

``probes_h35.jsonl`` asks over four invented reports (``tests/data/probe_reports_h35``):

- 「把审批权限下放到乡镇」: the county 青禾县 hands the powers down, and its report says so; the
  level noun after 到/给 is where the deed goes (``retrieval.scope.without_destinations``), so
  every report is searched: two paraphrases (下放到乡镇, 下放给乡镇一级) and a must-not (「哪些
  乡镇承接了…」 keeps its scope: 溪口镇, never the county);
- 「把法律顾问服务延伸到街道」「向街道延伸」: the district 石门区 writes it; two paraphrases and a
  must-not (「哪些街道聘请了法律顾问」: 白塔街道, the district is no answer);
- 下放到 is 下放 + 到, never 下 + 放到 (``reportqa.text.Tokenizer``): the deed 下放 is needed,
  and 白塔街道's 「…审批权限目录放到政务公开栏」 is no answer (v2n failed before); v1b a
  must-not (执法权 handed down nowhere).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.scope import levels_asked
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_h35.jsonl"


def test_h35_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_h35"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("question", "levels"),
    [
        ("哪些报告写了把审批权限下放到街道？", ()),
        ("县里向各乡镇派驻了法律顾问吗？哪些报告提到", ()),
        ("哪些区县把执法力量下沉到乡镇一级？", ("区县",)),
        ("哪些单位把审批权限下放给了乡镇一级？", ()),
        ("有没有把审批权限下放到乡镇的？", ()),
        ("查到乡镇的报告里有几份提到法律顾问？", ("乡镇",)),
        ("哪些报告写了把行政权力下放到各县(市)区？", ()),
        ("哪些县区把执法权下放到街道？", ("区县",)),
        ("哪些乡镇承接了县里下放的审批权限？", ("乡镇",)),
        ("哪些报告提到乡镇的法律顾问？", ("乡镇",)),
        ("讲到乡镇的有哪些？", ("乡镇",)),
    ],
)
def test_a_level_the_deed_goes_to_is_no_scope(question, levels):
    assert levels_asked(question) == levels


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("下放到乡镇", ["下放", "到", "乡镇"]),
        ("下达到各村", ["下达", "到", "各村"]),
        ("天下达到", ["天下", "达到"]),
        ("在这个基础上得到提升", ["在", "这个", "基础", "上", "得到", "提升"]),
        ("在质量上达到要求", ["在", "质量", "上", "达到", "要求"]),
        ("把材料放到档案室", ["把", "材料", "放到", "档案室"]),
    ],
)
def test_an_up_or_down_verb_keeps_its_to(tok, text, words):
    assert tok.words(text) == words
    assert [w for w, _ in tok.tagged(text)] == words
