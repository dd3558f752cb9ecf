"""comparisons/workflow.py's promise about its signatures, checked so the docstring stays true."""

import inspect

from comparisons import workflow

QUESTIONS = {"is_editor", "can_publish", "is_author", "can_edit", "allowed_transitions"}
POSITIONAL = {"apply": ["action", "comparison"], "check": ["action", "comparison"]}


def test_actions_take_the_comparison_positionally_and_everything_else_by_keyword():
    actions = [
        (name, function)
        for name, function in vars(workflow).items()
        if inspect.isfunction(function)
        and function.__module__ == workflow.__name__
        and not name.startswith("_")
        and name not in QUESTIONS
    ]
    assert {"submit", "publish", "restore", "publish_due", "review_due"} <= dict(actions).keys()
    for name, function in actions:
        if name == "review_due":
            continue  # a date calculation, not an action
        parameters = inspect.signature(function).parameters.values()
        positional = [p.name for p in parameters if p.kind != p.KEYWORD_ONLY]
        expected = POSITIONAL.get(
            name, [] if name in ("publish_due", "publish_due_on_read") else ["comparison"]
        )
        assert positional == expected, f"workflow.{name}: positional {positional}"
