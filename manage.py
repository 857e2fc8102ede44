#!/usr/bin/env python
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

# Commands that only read or write code files never sign anything: they may run without the production secret.
CODE_ONLY_COMMANDS = {"makemigrations", "showmigrations", "makemessages", "compilemessages"}

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lokaalsignaal.settings")
    if len(sys.argv) > 1 and sys.argv[1] in CODE_ONLY_COMMANDS:
        os.environ.setdefault("DJANGO_SECRET_KEY", "code-only-command-" + "x" * 40)
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
