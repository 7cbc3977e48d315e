"""Round fix88c: which clause carries a unit's figure; a joined need still counts its words.

``probes_fix88c.jsonl`` asks over three invented reports (柳溪镇 2022 and 2023, 石岭乡 2023;
``tests/data/probe_reports_fix88c``). c1–c3: of two quotes naming the topic with a count, the
one where the topic is the counted object answers (``count_beside.counts_topic``), not one
where it names a platform (矛盾纠纷调处平台) or a narrowed part (涉法信访事项); c4 asks that part
itself. g1–g2: 骗子 + 骗钱 joined by ``register.one_practice`` are still two of the asker's
words to the graded reading (``register.joined_words``); g3 has one such word only.

main: compare 0.78 (c2, c3 quote the wrong clause), which 0.33 (g1, g2 missed); fix88c 1.00. The clause rule
(``counts_topic``, a rank key) was taken out at the merge: its two-character head gap read 「专题学法8次」 as a count
of 专题会 (dev rows cmp32 c32w09) and a session count after 培训 as people reached (blind19 h39_50); c2, c3 are
missed again (compare floor 0.7), the joined-need rows (g1, g2) stay.
"""

from __future__ import annotations

from pathlib import Path

from answering.graded import LEAST, said
from retrieval.concept import Concept
from retrieval.register import joined_words, read_register
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_fix88c_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fix88c"],
        DATA / "probes_fix88c.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "0.7"],
    )


def test_joined_words_counts_the_askers_words():
    lexicon = read_register()
    assert joined_words("骗子骗钱") == 2
    assert joined_words("骗子") == 1
    assert joined_words("法治讲座") == 1  # no register key
    # two keys side by side whose report words never meet are no joined need
    a, b = "骗钱", "打官司"
    assert not set(lexicon[a][1:]) & set(lexicon[b][1:])
    assert joined_words(a + b) == 1


def test_a_joined_need_meets_least():
    joined = Concept("骗子骗钱", ("骗子骗钱", "诈骗"), True)
    assert said([joined]) >= LEAST
    assert said([Concept("骗子", ("骗子", "诈骗"), True)]) < LEAST


def test_joined_need_beside_another_core_word_needs_both_in_the_sentence():
    """A sentence naming only the joined need's report word (诈骗) does not hold a core that
    also asks 集市: the joined need counts two only when it is the whole core."""
    import jieba.posseg

    from answering.graded import said_in_full
    from retrieval.register import register_in

    def tagged(text: str) -> list[tuple[str, str]]:
        return [(p.word, p.flag) for p in jieba.posseg.cut(text)]

    q = "哪些乡镇在集市上提醒骗子骗钱"
    joined = [c for _, _, c in register_in(q, tagged)]
    assert [c.term for c in joined] == ["骗子骗钱"]
    market = Concept("集市", ("集市",), True)
    sentence = "开展防范电信诈骗宣传活动6场。"
    assert said_in_full(sentence, joined, lambda t: [t], q)
    assert not said_in_full(sentence, [*joined, market], lambda t: [t], q)
    assert said_in_full("在集市开展防范电信诈骗宣传活动6场。", [*joined, market], lambda t: [t], q)


def test_compare_keeps_the_sentence_in_the_measure_asked(tmp_path_factory):
    """Over blind19's real reports: 武定县's cell is its 「听众2000余人」 sentence, not 未提及."""
    from tests.probe_kit import built, chat

    service = built(tmp_path_factory, "fix88c_b19", Path("tests/data/blind19/web_real")).service
    got = chat(service, "武定县和洪梅镇的法治学习培训覆盖了多少人？")
    quoted = " ".join(c.quote for c in got.citations)
    assert "2000余人" in quoted and "12000人次" in quoted
