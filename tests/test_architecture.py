"""The app layers of README “What is where” hold, read straight from the source with `ast`.

Bottom to top: core < accounts < search < careers < comparisons < ratings < newsletter <
discovery < demo, and config on top (it composes the site and may import anything). A lower
app never imports a higher one, apps import each other in no circle, and the modules inside
one app import each other in no circle either. Every import counts, also those inside
functions: a lazy import is still a dependency. Tests and migrations are not checked here
(migrations are frozen history: tests/test_frozen_migrations.py checks what they import).
"""

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = [
    "core",
    "runtime",  # process plumbing (logs, outages, page cache, headers); knows no app, like core
    "svgcharts",  # SVG charts with their figures, for admin pages; knows no app either
    "adminkit",  # ReadOnlyAdmin and the admin guards; knows no app either
    "accounts",
    "search",
    "careers",
    "comparisons",
    "ratings",
    "newsletter",
    "article_requests",
    "discovery",
    "ops",  # runs the processes: workers and the scheduler for every app below
    "demo",
    "config",  # the top: settings and URLs compose every app
]
# Upward imports allowed as documented extension points, "importer -> imported module": why.
# At most two, ever. Today there are none: careers learns whether a role is live through
# `careers.services.register_live_role_check`, which comparisons calls in its AppConfig.ready().
ALLOWED_UPWARD: dict[str, str] = {}
MAX_ALLOWED_UPWARD = 2
CORE_LINE_BUDGET = 900  # well under 1,000: core is shared helpers, nothing else
SKIPPED_DIRS = {"tests", "migrations", "node_modules", "__pycache__"}


# --- Reading the source ---------------------------------------------------------------------


def first_party_packages(root: Path) -> set[str]:
    return {
        path.parent.name
        for path in root.glob("*/__init__.py")
        if path.parent.name not in SKIPPED_DIRS and not path.parent.name.startswith(".")
    }


def source_modules(root: Path) -> dict[str, Path]:
    """Every checked module by dotted name: the packages' .py files minus tests and migrations."""
    modules = {}
    for package in first_party_packages(root):
        for path in (root / package).rglob("*.py"):
            parts = path.relative_to(root).with_suffix("").parts
            if SKIPPED_DIRS.intersection(parts):
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def _resolve(name: str, known: set[str]) -> str | None:
    """The longest known module that `name` starts with (a.b.Thing -> a.b)."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in known:
            return candidate
    return None


def imports_of(module: str, path: Path, known: set[str]) -> list[tuple[str, int]]:
    """The first-party modules `module` imports, with the line of each import."""
    is_package = path.name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            # `from pkg import name` imports the module pkg.name when there is one.
            names = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
        else:
            continue
        for name in names:
            target = _resolve(name, known)
            if target and target != module:
                found.append((target, node.lineno))
    return found


def import_graph(root: Path) -> list[tuple[str, str, str]]:
    """Every first-party import as (importing module, imported module, "path:line")."""
    modules = source_modules(root)
    known = set(modules)
    edges = []
    for module, path in sorted(modules.items()):
        for target, line in imports_of(module, path, known):
            where = f"{path.relative_to(root)}:{line}"
            edges.append((module, target, where))
    return edges


def app_of(module: str) -> str:
    return module.partition(".")[0]


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one node (Tarjan), each sorted."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


# --- The rules, as functions returning readable problems ------------------------------------


def unlayered_packages(root: Path) -> list[str]:
    return [
        f"{package}/ is not in the layer list of tests/test_architecture.py: put it in its "
        "layer there and in README “What is where”"
        for package in sorted(first_party_packages(root) - set(LAYERS))
    ]


def upward_imports(edges, allowed=ALLOWED_UPWARD) -> list[str]:
    rank = {app: position for position, app in enumerate(LAYERS)}
    problems = []
    for source, target, where in edges:
        low, high = app_of(source), app_of(target)
        if low not in rank or high not in rank or rank[high] <= rank[low]:
            continue
        if f"{source} -> {target}" in allowed:
            continue
        problems.append(
            f"{where}: {source} imports {target}, but {low} sits below {high} "
            f"({' < '.join(LAYERS)}). Move the code down, or pass it in from above "
            "(a registered hook like careers.services.register_live_role_check)."
        )
    return problems


def app_cycles(edges) -> list[str]:
    graph = defaultdict(set)
    for source, target, _ in edges:
        if app_of(source) != app_of(target):
            graph[app_of(source)].add(app_of(target))
    return [_describe_cycle(group, edges, app_of) for group in cycles(graph)]


def module_cycles(edges) -> list[str]:
    graph = defaultdict(set)
    for source, target, _ in edges:
        if app_of(source) == app_of(target):
            graph[source].add(target)
    return [_describe_cycle(group, edges, lambda module: module) for group in cycles(graph)]


def _describe_cycle(group, edges, unit) -> str:
    closing = [
        f"{where} ({source} imports {target})"
        for source, target, where in edges
        if unit(source) in group and unit(target) in group and unit(source) != unit(target)
    ]
    return f"import circle between {', '.join(group)}: " + "; ".join(closing)


def core_app_knowledge(root: Path, edges) -> list[str]:
    """core imports no app, and names none in its code (docstrings aside)."""
    others = "|".join(app for app in LAYERS if app != "core")
    naming = re.compile(rf"^({others})[.:]")
    problems = [
        f"{where}: core imports {target}; core holds only helpers that know no app"
        for source, target, where in edges
        if app_of(source) == "core" and app_of(target) != "core"
    ]
    for module, path in sorted(source_modules(root).items()):
        if app_of(module) != "core":
            continue
        tree = ast.parse(path.read_text())
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and naming.match(node.value)
            ):
                where = f"{path.relative_to(root)}:{node.lineno}"
                problems.append(f"{where}: core names {node.value!r}, which belongs to an app")
    return problems


def core_lines(root: Path) -> int:
    return sum(
        len(path.read_text().splitlines())
        for module, path in source_modules(root).items()
        if app_of(module) == "core"
    )


# --- The project obeys them ---------------------------------------------------------------


@pytest.fixture(scope="module")
def edges():
    return import_graph(ROOT)


def _report(problems):
    return "\n  " + "\n  ".join(problems)


def test_every_app_has_its_layer():
    problems = unlayered_packages(ROOT)
    assert not problems, _report(problems)


def test_no_app_imports_a_higher_one(edges):
    problems = upward_imports(edges)
    assert not problems, _report(problems)


def test_the_allowed_exceptions_are_few_and_still_needed(edges):
    assert len(ALLOWED_UPWARD) <= MAX_ALLOWED_UPWARD, "at most two documented upward imports"
    used = {f"{source} -> {target}" for source, target, _ in edges}
    stale = sorted(set(ALLOWED_UPWARD) - used)
    assert not stale, f"listed as allowed but no longer imported, remove: {stale}"


def test_apps_import_each_other_in_no_circle(edges):
    problems = app_cycles(edges)
    assert not problems, _report(problems)


def test_modules_of_one_app_import_each_other_in_no_circle(edges):
    problems = module_cycles(edges)
    assert not problems, _report(problems)


def test_core_knows_no_app(edges):
    problems = core_app_knowledge(ROOT, edges)
    assert not problems, _report(problems)


def test_core_stays_small():
    lines = core_lines(ROOT)
    assert lines < CORE_LINE_BUDGET, (
        f"core has {lines} lines of code (budget {CORE_LINE_BUDGET}): move what belongs to "
        "one app into that app"
    )


def test_the_graph_is_read_from_the_source(edges):
    """Guards the reader itself: known imports of today's code must be found."""
    found = {(source, target) for source, target, _ in edges}
    assert ("comparisons.apps", "careers.services") in found  # inside ready()
    assert ("newsletter.tasks", "newsletter.sending") in found  # `from . import sending`
    assert ("discovery.views", "comparisons.models") in found


# --- The checks catch what they should (a made-up project) -------------------------------


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_the_checks_name_the_offending_imports(tmp_path):
    root = _write(
        tmp_path,
        {
            "core/__init__.py": "",
            "core/live.py": "def f():\n    from careers.models import Role\n",
            "core/names.py": "LABEL = 'comparisons.Comparison'\n",
            "careers/__init__.py": "",
            "careers/models.py": "from comparisons import models\n",
            "comparisons/__init__.py": "",
            "comparisons/models.py": "from careers.models import Role\n",
            "newsletter/__init__.py": "",
            "newsletter/services.py": "from . import tasks\n",
            "newsletter/tasks.py": "from .services import send\n",
            "extras/__init__.py": "",
            "core/migrations/__init__.py": "",
            "core/migrations/0001_x.py": "import demo.loader\n",
        },
    )
    edges = import_graph(root)
    assert upward_imports(edges) == [
        "careers/models.py:1: careers.models imports comparisons.models, but careers sits "
        f"below comparisons ({' < '.join(LAYERS)}). Move the code down, or pass it in from "
        "above (a registered hook like careers.services.register_live_role_check).",
        "core/live.py:2: core.live imports careers.models, but core sits below careers "
        f"({' < '.join(LAYERS)}). Move the code down, or pass it in from above "
        "(a registered hook like careers.services.register_live_role_check).",
    ]
    assert upward_imports(edges, allowed={"careers.models -> comparisons.models": "why"}) == [
        problem for problem in upward_imports(edges) if problem.startswith("core/")
    ]
    assert app_cycles(edges) == [
        "import circle between careers, comparisons: careers/models.py:1 (careers.models "
        "imports comparisons.models); comparisons/models.py:1 (comparisons.models imports "
        "careers.models)"
    ]
    assert module_cycles(edges) == [
        "import circle between newsletter.services, newsletter.tasks: newsletter/services.py:1 "
        "(newsletter.services imports newsletter.tasks); newsletter/tasks.py:1 "
        "(newsletter.tasks imports newsletter.services)"
    ]
    assert core_app_knowledge(root, edges) == [
        "core/live.py:2: core imports careers.models; core holds only helpers that know no app",
        "core/names.py:1: core names 'comparisons.Comparison', which belongs to an app",
    ]
    assert unlayered_packages(root) == [
        "extras/ is not in the layer list of tests/test_architecture.py: put it in its layer "
        "there and in README “What is where”"
    ]
    assert core_lines(root) == 3  # migrations are not counted
