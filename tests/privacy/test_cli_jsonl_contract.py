import json
import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[2] / "src")


def run(args, stdin):
    env = {**os.environ, "PYTHONPATH": SRC}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    out = subprocess.run(
        [sys.executable, "-m", "lokaalsignaal.privacy", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    return out.stdout


def test_plain_stdin_gives_a_json_list_of_findings():
    text = "Mevrouw Peeters belt vanop 0470 12 34 56."
    found = json.loads(run([], text))
    assert found == [
        {"kind": "person_name", "start": 8, "end": 15},
        {"kind": "phone", "start": 27, "end": 40},
    ]


def test_jsonl_lines_keep_their_id_and_use_str_offsets():
    rows = [{"id": 1, "text": "Ça va, mevrouw Özdemir? Mail: ö.z@gmail.com"}, {"id": "x", "text": "Niets."}]
    out = run(["--jsonl"], "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["id"] for line in lines] == [1, "x"]
    assert lines[1]["findings"] == []
    text = rows[0]["text"]
    got = {(f["kind"], text[f["start"] : f["end"]]) for f in lines[0]["findings"]}
    assert got == {("person_name", "Özdemir"), ("email", "ö.z@gmail.com")}
