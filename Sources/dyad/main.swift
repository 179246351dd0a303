import DyadCLI

Dyad.runMain()
