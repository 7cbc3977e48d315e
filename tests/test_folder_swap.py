"""An index folder replaced whole (``stores.folder_swap``): swapped in when it can be, the
old one kept whole when it cannot — a failed swap never leaves the index missing (before
this module the character-pair index's own swap left it renamed aside)."""

from __future__ import annotations

import shutil

import pytest

from stores.folder_swap import fresh_folder, swap_in


def test_a_new_folder_replaces_the_old(tmp_path):
    target = tmp_path / "bm25"
    target.mkdir()
    (target / "manifest.json").write_text("old", encoding="utf-8")
    tmp = fresh_folder(target)
    (tmp / "manifest.json").write_text("new", encoding="utf-8")
    swap_in(tmp, target)
    assert (target / "manifest.json").read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bm25"]  # nothing left beside it


def test_a_failed_swap_puts_the_old_folder_back(tmp_path):
    target = tmp_path / "pairs"
    target.mkdir()
    (target / "manifest.json").write_text("old", encoding="utf-8")
    tmp = fresh_folder(target)
    shutil.rmtree(tmp)  # the new copy gone before its rename (another process's clean-up)
    with pytest.raises(OSError):
        swap_in(tmp, target)
    assert (target / "manifest.json").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pairs"]
