"""Admin building blocks every app's admin uses: `ReadOnlyAdmin` for rows only services write,
and the guards (`guards.py`) against hand-made admin addresses Django itself would answer with
a 500. Knows no app."""
