from beslut.cli import main

main()
