import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import lokaalsignaal.similarity as similarity

from .conftest import TEXTS

SRC = str(Path(__file__).resolve().parents[2] / "src")
PKG = Path(similarity.__file__).parent
CORE = ["__init__.py", "__main__.py", "cli.py", "engine.py", "partition.py", "lexical.py", "embedding.py", "style.py"]


def run(tmp_path, queries, *args, embeddings=True):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in TEXTS.items()))
    qfile = tmp_path / "queries.jsonl"
    qfile.write_text("".join(json.dumps(q) + "\n" for q in queries))
    env = {**os.environ, "PYTHONPATH": SRC}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    if not embeddings:
        env["LOKAALSIGNAAL_SIMILARITY_EMBEDDINGS"] = "0"
    out = subprocess.run(
        [sys.executable, "-m", "lokaalsignaal.similarity", "--corpus", str(corpus), "--queries", str(qfile), *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    )
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_cli_writes_one_line_per_query_with_k_neighbours_and_never_the_query(tmp_path):
    queries = [{"id": "meter-1", "text": TEXTS["meter-1"]}, {"id": "q2", "text": "Geen itsme zonder smartphone."}]
    lines = run(tmp_path, queries, "--k", "2", embeddings=False)
    assert [line["id"] for line in lines] == ["meter-1", "q2"]
    assert lines[0]["neighbours"][0] == "meter-2"
    assert "meter-1" not in lines[0]["neighbours"]
    assert len(lines[1]["neighbours"]) == 2 and lines[1]["neighbours"][0].startswith("itsme")


def test_cli_default_method_runs_without_django_settings(tmp_path):
    lines = run(tmp_path, [{"id": "woning-2", "text": TEXTS["woning-2"]}], "--k", "5")
    assert lines[0]["id"] == "woning-2"
    assert len(lines[0]["neighbours"]) == 5 and "woning-2" not in lines[0]["neighbours"]


def test_engine_core_imports_no_django():
    for name in CORE:
        tree = ast.parse((PKG / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                assert not any(a.name.split(".")[0] == "django" for a in node.names), name
            if isinstance(node, ast.ImportFrom) and node.module:
                assert node.module.split(".")[0] != "django", name
                assert node.module not in ("models", "services", "apps"), name


def test_a_query_with_a_corpus_id_but_another_text_is_searched_by_its_own_text(tmp_path):
    """Same id and text: the stored vectors are used; another text under a corpus id is embedded and searched,
    and still never gets its own id back."""
    queries = [{"id": "woning-1", "text": "Zonder smartphone geen itsme voor ouderen."}]
    lines = run(tmp_path, queries, "--k", "2", embeddings=False)
    assert lines[0]["neighbours"][0].startswith("itsme")
    assert "woning-1" not in lines[0]["neighbours"]


def run_raw(tmp_path, corpus_bytes: bytes, queries_bytes: bytes):
    (tmp_path / "c.jsonl").write_bytes(corpus_bytes)
    (tmp_path / "q.jsonl").write_bytes(queries_bytes)
    env = {**os.environ, "PYTHONPATH": SRC, "LOKAALSIGNAAL_SIMILARITY_EMBEDDINGS": "0"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "lokaalsignaal.similarity", "--corpus", str(tmp_path / "c.jsonl"),
         "--queries", str(tmp_path / "q.jsonl"), "--k", "2"],
        capture_output=True, text=True, env=env, timeout=120)


def test_cli_reads_numeric_ids_a_byte_order_mark_and_a_null_text(tmp_path):
    corpus = (b'\xef\xbb\xbf{"id": 1, "text": "Wachtlijst voor een sociale woning"}\n\n'
              b'{"id": 2, "text": "De wachtlijst voor sociale huurwoningen is jaren lang"}\n'
              b'{"id": 3, "text": null}\n{"id": 4, "text": "Energiefactuur onbetaalbaar"}\n')
    out = run_raw(tmp_path, corpus, b'{"id": 1, "text": "Wachtlijst voor een sociale woning"}\n')
    assert out.returncode == 0, out.stderr
    line = json.loads(out.stdout)
    assert line["id"] == 1 and line["neighbours"][0] == 2
    assert len(line["neighbours"]) == 2 and 1 not in line["neighbours"]


def test_cli_names_the_file_and_line_of_a_broken_line_instead_of_a_traceback(tmp_path):
    broken = b'{"id": "a", "text": "Tekst"}\n{"id": "b", "text": "kapot\n'
    out = run_raw(tmp_path, broken, b'{"id": "q", "text": "x"}\n')
    assert out.returncode != 0
    assert "c.jsonl:2: not valid JSON" in out.stderr
    assert "Traceback" not in out.stderr

    out = run_raw(tmp_path, b'{"text": "zonder id"}\n', b'{"id": "q", "text": "x"}\n')
    assert "c.jsonl:1: each line needs an 'id'" in out.stderr and "Traceback" not in out.stderr
