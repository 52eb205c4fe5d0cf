"""python -m govie.cli"""
from govie.cli.main import main

raise SystemExit(main())
