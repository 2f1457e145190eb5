#include "vault.h"
