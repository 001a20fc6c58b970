"""bench/rules_over_time.py runs the rules of a commit from a checkout of it, in a child process, and
scores what they propose as `make eval` does."""

import subprocess

from bench import rules_over_time
from bench.extract_eval import PROJECT_DIR, corpus

PARTS = ["fresh4"]  # a small part: seven articles


def _articles():
    return [a for a in corpus() if a.split in PARTS]


def _worktrees() -> str:
    return subprocess.run(["git", "worktree", "list"], cwd=PROJECT_DIR, capture_output=True, text=True).stdout


def test_the_child_proposes_what_the_extractor_proposes_in_process():
    from_child = rules_over_time.proposed_by("HEAD+", PARTS)

    assert from_child == {a.source_id: [row.__dict__ for row in a.extract().rows] for a in _articles()}


def test_a_commit_is_checked_out_for_its_rules_and_the_checkout_removed_after():
    before = _worktrees()

    rows = rules_over_time.proposed_by("HEAD", PARTS)

    assert set(rows) == {a.source_id for a in _articles()}
    assert any(rows.values())
    assert _worktrees() == before
