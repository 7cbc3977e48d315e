"""The service's explicit warm-up loads what the homophone reading needs (perf84): the first
question naming a term no report spells no longer waits on pypinyin's tables."""

from __future__ import annotations

from retrieval import homophones


def test_warm_up_loads_the_readings_by_sound(seed_app):
    homophones._by_sound.cache_clear()
    seed_app.service.warm_up()
    assert homophones._by_sound.cache_info().currsize == 1
    # the table is the real one, by syllable: 法 fǎ, 砝 fǎ and 发 fā are one input-method key
    assert {"法", "砝", "发"} <= set(homophones._by_sound()["fa"])
    # and a slip is read as before: 海棉城市 is 海绵城市 where a report spells it so
    assert (
        homophones.homophone_variant("海棉城市", lambda w: w in {"海绵"}, lambda w: w == "海绵城市")
        == "海绵城市"
    )
