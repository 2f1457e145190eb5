#include "share_code.h"
