"""Prompt templates as plain text files under ``prompts/``, rendered strictly.

Prompts live outside the code so they can be read and reviewed as Chinese text. Rendering is
deliberately unforgiving: a placeholder without a value or a value without a placeholder is a
bug in the caller or the template, so it fails loudly instead of sending a half-filled prompt.
Values are inserted in one pass and never re-scanned, so report text containing ``{{x}}`` is
passed through literally.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportqa.errors import ConfigError

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")


def load(prompts_dir: Path, name: str) -> str:
    """The raw text of ``prompts/<name>.txt``."""
    if not _NAME.match(name) or ".." in name:
        raise ConfigError(f"提示词名称无效：{name!r}（只能用字母、数字、_ . -）")
    path = Path(prompts_dir) / f"{name}.txt"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"找不到提示词模板：{path}，请检查 prompts/ 目录。") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"提示词模板无法读取：{path}（{exc}），请确认是 UTF-8 文本。") from exc


def render(prompts_dir: Path, name: str, /, **variables: object) -> str:
    """Fill every ``{{name}}`` in the template; missing or unused variables raise ConfigError."""
    template = load(prompts_dir, name)
    wanted = list(dict.fromkeys(_PLACEHOLDER.findall(template)))
    missing = [w for w in wanted if w not in variables]
    if missing:
        raise ConfigError(f"提示词 {name!r}：占位符没有取值：{'、'.join(missing)}")
    unused = [v for v in variables if v not in wanted]
    if unused:
        raise ConfigError(
            f"提示词 {name!r}：模板中没有用到这些变量：{'、'.join(unused)}（请检查模板的占位符）"
        )
    return _PLACEHOLDER.sub(lambda m: str(variables[m.group(1)]), template)
