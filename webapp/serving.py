"""Checks before the web app starts: refuse what cannot work, warn about what is unsafe.

An auth user with an empty password makes Gradio reject every login, so the app would run
and lock everyone out without saying why; binding every interface without auth lets anyone
on the network read the library and import files. Both are decided here, from settings, so
the UI only shows the outcome.
"""

from __future__ import annotations

from reportqa.errors import ConfigError
from reportqa.settings import Settings

_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def serving_warnings(settings: Settings) -> list[str]:
    """Chinese warnings to log and show in the app; raises ConfigError when it must not
    start at all."""
    user = settings.auth_user.strip()
    password = settings.auth_password.get_secret_value()
    if user and not password:
        raise ConfigError(
            "已设置 REPORTQA_AUTH_USER 但密码为空：这样任何人都无法登录。"
            "请设置 REPORTQA_AUTH_PASSWORD，或去掉 REPORTQA_AUTH_USER 后再启动。"
        )
    if password and not user:
        raise ConfigError(
            "已设置 REPORTQA_AUTH_PASSWORD 但没有用户名：请同时设置 REPORTQA_AUTH_USER 后再启动。"
        )
    if not user and settings.host not in _LOCAL_HOSTS:
        return [
            f"⚠️ 网页应用监听 {settings.host} 且未设置登录密码：同一网络中的任何人都能查看"
            "报告库并导入文件。请设置 REPORTQA_AUTH_USER 和 REPORTQA_AUTH_PASSWORD，"
            "或改为只在本机访问（REPORTQA_HOST=127.0.0.1）。"
        ]
    return []
