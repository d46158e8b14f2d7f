"""`make specs` / `make update-specs` against a real loopback server: good, slow, broken and wrong bytes."""

from __future__ import annotations

import json

from tests._loopback import LoopbackServer, closed_port
from tests.conftest import TTS1_URL, TempProject, published, sha256

GOOD = published(TTS1_URL)
PATH = "/specs/OpenAI/tts-1.json"


def entry(url: str, pin: str = sha256(GOOD)) -> dict[str, str]:
    return {
        "name": "openai-tts-1",
        "api": "aiml",
        "url": url,
        "package": "aiml_openai_tts_1",
        "prefix": "TTS1",
        "sha256": pin,
    }


def with_previous(project: TempProject, url: str) -> bytes:
    """Write specs.toml for ``url`` and an earlier good download that a failure must leave alone."""
    project.write_specs([entry(url)])
    previous = project.downloaded("openai-tts-1")
    previous.parent.mkdir(parents=True)
    previous.write_bytes(GOOD)
    return GOOD


def test_downloads_the_pinned_bytes(project: TempProject, server: LoopbackServer) -> None:
    server.serve(PATH, GOOD)
    project.write_specs([entry(server.url(PATH))])
    run = project.run("specs", mirror=False)
    assert run.returncode == 0, run.stderr
    assert project.downloaded("openai-tts-1").read_bytes() == GOOD
    assert [seen.path for seen in server.seen] == [PATH]


def test_unreachable_url_falls_back_to_the_mirror(project: TempProject) -> None:
    url = f"http://127.0.0.1:{closed_port()}{PATH}"
    copy = project.mirror / "127.0.0.1" / PATH.lstrip("/")
    copy.parent.mkdir(parents=True)
    copy.write_bytes(GOOD)
    project.write_specs([entry(url)])
    run = project.run("specs")
    assert run.returncode == 0, run.stderr
    # one summary line for every spec the mirror served, not one per spec
    assert [line for line in run.stderr.splitlines() if "unreachable" in line] == [
        f"all 1 specs unreachable ({line_reason(run.stderr)}): using their copies in {project.mirror}"
    ]
    assert project.downloaded("openai-tts-1").read_bytes() == GOOD


def line_reason(stderr: str) -> str:
    """The reason the summary line gives (the OS's words for a refused connection vary)."""
    line = next(line for line in stderr.splitlines() if "unreachable" in line)
    return line.split("unreachable (", 1)[1].split("): using", 1)[0]


def test_a_mix_of_reachable_and_mirrored_specs_names_the_mirrored_ones(
    project: TempProject, server: LoopbackServer
) -> None:
    server.serve(PATH, GOOD)
    down = f"http://127.0.0.1:{closed_port()}/other{PATH}"
    copy = project.mirror / "127.0.0.1" / f"other{PATH}"
    copy.parent.mkdir(parents=True)
    copy.write_bytes(GOOD)
    project.write_specs(
        [entry(server.url(PATH)), {**entry(down), "name": "mirrored", "package": "mirrored", "prefix": "Mirrored"}]
    )
    run = project.run("specs")
    assert run.returncode == 0, run.stderr
    assert "1 of 2 specs unreachable" in run.stderr and run.stderr.count("unreachable") == 1
    assert run.stderr.rstrip().splitlines()[0].endswith("(mirrored)")


def test_unreachable_url_without_mirror_fails_and_keeps_the_previous_file(project: TempProject) -> None:
    url = f"http://127.0.0.1:{closed_port()}{PATH}"
    previous = with_previous(project, url)
    run = project.run("specs", mirror=False)
    assert run.returncode == 1
    assert f"(spec 'openai-tts-1'): cannot download {url}" in run.stderr
    assert "no mirror is configured" in run.stderr
    assert project.downloaded("openai-tts-1").read_bytes() == previous


def test_mirror_without_the_file_is_named(project: TempProject) -> None:
    url = f"http://127.0.0.1:{closed_port()}{PATH}"
    project.write_specs([entry(url)])
    run = project.run("specs")
    assert run.returncode == 1
    assert f"the mirror has no copy at {project.mirror / '127.0.0.1' / PATH.lstrip('/')}" in run.stderr
    assert not project.downloaded("openai-tts-1").exists()


def test_html_instead_of_json_is_refused(project: TempProject, server: LoopbackServer) -> None:
    server.serve(PATH, b"<!DOCTYPE html><html><body>Rate limited</body></html>", content_type="text/html")
    previous = with_previous(project, server.url(PATH))
    run = project.run("specs")
    assert run.returncode == 1
    assert "got HTML or XML ('<!DOCTYPE html>" in run.stderr
    assert project.downloaded("openai-tts-1").read_bytes() == previous


def test_truncated_json_is_refused(project: TempProject, server: LoopbackServer) -> None:
    server.serve(PATH, GOOD[:4000])
    previous = with_previous(project, server.url(PATH))
    run = project.run("specs")
    assert run.returncode == 1
    assert "not valid JSON" in run.stderr and "truncated download?" in run.stderr
    assert project.downloaded("openai-tts-1").read_bytes() == previous


def test_connection_dropped_mid_body_is_a_failed_download(project: TempProject, server: LoopbackServer) -> None:
    server.drop_mid_body(PATH, GOOD)
    previous = with_previous(project, server.url(PATH))
    run = project.run("specs", mirror=False)
    assert run.returncode == 1
    assert "cannot download" in run.stderr
    assert project.downloaded("openai-tts-1").read_bytes() == previous


def test_slow_server_times_out(project: TempProject, server: LoopbackServer) -> None:
    server.slow(PATH, 5.0, GOOD)
    previous = with_previous(project, server.url(PATH))
    run = project.run("specs", mirror=False, timeout="0.5")
    assert run.returncode == 1
    assert "timed out (ReadTimeout)" in run.stderr
    assert project.downloaded("openai-tts-1").read_bytes() == previous


def test_json_that_is_not_openapi_names_the_json_path(project: TempProject, server: LoopbackServer) -> None:
    cases = {
        "/swagger.json": ({"swagger": "2.0", "info": {}}, "$.swagger: Swagger 2.0 is not OpenAPI 3.x"),
        "/plain.json": ({"model": "openai/tts-1"}, "$.openapi: missing"),
        "/array.json": ([1, 2], "$: expected an object"),
        "/noversion.json": (
            {"openapi": "3.0.0", "info": {"title": "x"}, "paths": {}},
            "$.info.version: expected a string",
        ),
        "/v2.json": (
            {"openapi": "2.0", "info": {"title": "x", "version": "1"}, "paths": {}},
            "$.openapi: expected a 3.x",
        ),
        "/paths.json": (
            {"openapi": "3.0.0", "info": {"title": "x", "version": "1"}, "paths": []},
            "$.paths: expected an object",
        ),
    }
    for path, (document, message) in cases.items():
        server.serve_json(path, document)
        project.write_specs([entry(server.url(path))])
        run = project.run("specs")
        assert run.returncode == 1, path
        assert message in run.stderr, (path, run.stderr)


def test_pin_mismatch_names_the_spec_both_hashes_and_the_command(project: TempProject, server: LoopbackServer) -> None:
    changed = json.dumps({**json.loads(GOOD), "info": {"title": "AIML API", "version": "1.0.1"}}).encode()
    server.serve(PATH, changed)
    previous = with_previous(project, server.url(PATH))
    run = project.run("specs")
    assert run.returncode == 1
    assert "(spec 'openai-tts-1'): the published spec changed" in run.stderr
    assert sha256(GOOD) in run.stderr and sha256(changed) in run.stderr
    assert "make update-specs" in run.stderr
    assert run.stderr.count("\n") == 1, "one clear message"
    assert project.downloaded("openai-tts-1").read_bytes() == previous


def test_update_specs_accepts_and_repins(project: TempProject, server: LoopbackServer) -> None:
    changed = json.dumps({**json.loads(GOOD), "info": {"title": "AIML API", "version": "1.0.1"}}).encode()
    server.serve(PATH, changed)
    with_previous(project, server.url(PATH))
    assert project.run("generate").returncode == 0
    run = project.run("update-specs", "--no-typecheck")
    assert run.returncode == 0, run.stderr
    assert "1 spec(s) changed or new: openai-tts-1" in run.stdout
    assert "openai-tts-1: changed (0 breaking, 0 notice, 0 compatible, 0 absorbed)" in run.stdout
    specs_toml = (project.root / "specs" / "specs.toml").read_text()
    assert f'sha256 = "{sha256(changed)}"' in specs_toml and sha256(GOOD) not in specs_toml
    assert specs_toml.startswith("# The OpenAPI documents"), "comments are kept"
    assert project.downloaded("openai-tts-1").read_bytes() == changed
    assert project.run("specs").returncode == 0


def test_plain_http_to_another_host_is_refused(project: TempProject) -> None:
    project.write_specs([entry("http://example.com/tts-1.json")])
    run = project.run("specs")
    assert run.returncode == 1
    assert "only https URLs are fetched" in run.stderr


def test_redirect_to_plain_http_is_refused(project: TempProject, server: LoopbackServer) -> None:
    server.redirect(PATH, "http://example.com/tts-1.json")
    project.write_specs([entry(server.url(PATH))])
    run = project.run("specs")
    assert run.returncode == 1
    assert "only https URLs are fetched" in run.stderr
