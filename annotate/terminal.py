"""The consoles every command prints to: results on stdout, progress and errors on stderr."""

from rich.console import Console

console = Console()
errors = Console(stderr=True)
if not console.is_terminal:
    console.width = max(console.width, 160)  # piped or captured output: don't squeeze tables to 80 columns


def tell(message: str) -> None:
    """A plain message on stderr, unwrapped and without rich markup."""
    errors.print(message, markup=False, highlight=False, soft_wrap=True)
