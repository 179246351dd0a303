#ifndef DYAD_CGRAPHVIZ_SHIM_H
#define DYAD_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#endif
