#include "assessment.h"
