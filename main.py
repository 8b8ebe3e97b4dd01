"""Start Neural Playground: `python main.py` opens the window; `python main.py --help` lists the rest."""
import sys

from playground.app import main

if __name__ == "__main__":
    sys.exit(main())
