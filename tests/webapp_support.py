"""Shared by the web-app callback tests: the seed questions, a made-up hostile report and
``run``, which drives ``Handlers.respond`` the way Gradio does."""

from __future__ import annotations

import pandas as pd
import pytest

from library import build
from tests.conftest import SEEDS
from webapp.handlers import Handlers


@pytest.fixture(scope="module")
def handlers(seed_app) -> Handlers:
    return Handlers(seed_app)


@pytest.fixture
def fresh(settings, corpus_copy) -> Handlers:
    """Handlers over a library of its own (uploads and metadata edits change it)."""
    app = build(settings)
    app.shelf.add([corpus_copy])
    return Handlers(app)


ALL = [t for t, _, _ in SEEDS.values()]
WHICH = "哪些乡镇聘请了法律顾问"
FACT = "峡口镇2023年调解了多少件矛盾纠纷？"
COMPARE = "比较峡口镇和荆竹铺镇调处矛盾纠纷的数量"
FOLLOW = "那荆竹铺镇呢？"
XINJI = "000_a56d498a3fc7f791.txt"
HOSTILE = (
    "某县测试乡人民政府关于2023年法治政府建设情况的报告\n\n"
    "2023年，测试乡认真贯彻落实法治政府建设各项部署，现将有关情况报告如下。\n\n"
    "一、推进行政决策法治化\n"
    "测试乡聘请律师张三担任政府法律顾问<script>window.__pwned=1</script>，"
    '法律顾问全程参与重大行政决策合法性审查<img src=x onerror="window.__pwned=2">，'
    "全年审查合同12份。\n"
    "测试乡严格落实重大行政决策程序，坚持公众参与、专家论证、风险评估和集体讨论决定。\n\n"
    "二、加强普法宣传\n"
    "全年开展普法宣传活动8场，发放宣传资料2000余份，群众法治意识明显提高。\n"
)


def run(h: Handlers, message: str, chat=None, turns=None, towns=None, years=None):
    """Drive ``respond`` like Gradio does: snapshot each yielded update as it arrives."""
    frames = []
    for out in h.respond(message, chat or [], turns or [], towns, years):
        assert len(out) == 6  # chat, turns, sources, table, plot, textbox
        chat_now, turns_now, sources, table, plot, box = out
        frames.append(
            {
                "last": chat_now[-1]["content"],
                "chat": [dict(m) for m in chat_now],
                "turns": list(turns_now),
                "sources": sources,
                "table": table,
                "plot": plot,
                "box": box,
            }
        )
    return frames


def _result_rows(df: pd.DataFrame) -> dict[str, tuple[str, str]]:
    assert list(df.columns) == ["文件", "结果", "说明"]
    return {r["文件"]: (r["结果"], r["说明"]) for r in df.to_dict("records")}
