import sys

from lpj_desktop.app import main

sys.exit(main())
