"""The texts of pyqtgraph's right-click menus on a plot (View All, axis ranges, Plot Options).

pyqtgraph words them through Qt's translation system under its own contexts but ships no
translations; they are marked here, under the same contexts, so that our catalog carries them
(scripts/update_translations.py reads this file like any other).  Their long HTML tooltips are
left to pyqtgraph.  Nothing imports this module.
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP

VIEW_BOX_MENU = (QT_TRANSLATE_NOOP("ViewBox", "ViewBox options"), QT_TRANSLATE_NOOP("ViewBox", "View All"),
                 QT_TRANSLATE_NOOP("ViewBox", "axis"), QT_TRANSLATE_NOOP("ViewBox", "Mouse Mode"),
                 QT_TRANSLATE_NOOP("ViewBox", "3 button"), QT_TRANSLATE_NOOP("ViewBox", "1 button"))
PLOT_OPTIONS_MENU = (QT_TRANSLATE_NOOP("PlotItem", "Plot Options"), QT_TRANSLATE_NOOP("PlotItem", "Transforms"),
                     QT_TRANSLATE_NOOP("PlotItem", "Downsample"), QT_TRANSLATE_NOOP("PlotItem", "Average"),
                     QT_TRANSLATE_NOOP("PlotItem", "Alpha"), QT_TRANSLATE_NOOP("PlotItem", "Grid"),
                     QT_TRANSLATE_NOOP("PlotItem", "Points"), QT_TRANSLATE_NOOP("GraphicsScene", "Export..."))
# the axis and plot settings forms inside those menus (pyqtgraph's Designer templates)
FORMS = (QT_TRANSLATE_NOOP("Form", "Link Axis:"), QT_TRANSLATE_NOOP("Form", "Auto"),
         QT_TRANSLATE_NOOP("Form", "Manual"), QT_TRANSLATE_NOOP("Form", "Invert Axis"),
         QT_TRANSLATE_NOOP("Form", "Mouse Enabled"), QT_TRANSLATE_NOOP("Form", "Visible Data Only"),
         QT_TRANSLATE_NOOP("Form", "Auto Pan Only"), QT_TRANSLATE_NOOP("Form", "Average"),
         QT_TRANSLATE_NOOP("Form", "Clip to View"), QT_TRANSLATE_NOOP("Form", "Max Traces:"),
         QT_TRANSLATE_NOOP("Form", "Downsample"), QT_TRANSLATE_NOOP("Form", "Peak"),
         QT_TRANSLATE_NOOP("Form", "Forget hidden traces"), QT_TRANSLATE_NOOP("Form", "Mean"),
         QT_TRANSLATE_NOOP("Form", "Subsample"), QT_TRANSLATE_NOOP("Form", "Log X"),
         QT_TRANSLATE_NOOP("Form", "Log Y"), QT_TRANSLATE_NOOP("Form", "Power Spectrum (FFT)"), QT_TRANSLATE_NOOP("Form", "Y vs. Y'"),
         QT_TRANSLATE_NOOP("Form", "Subtract Mean"), QT_TRANSLATE_NOOP("Form", "Points"),
         QT_TRANSLATE_NOOP("Form", "Show X Grid"), QT_TRANSLATE_NOOP("Form", "Show Y Grid"),
         QT_TRANSLATE_NOOP("Form", "Opacity"), QT_TRANSLATE_NOOP("Form", "Alpha"))
