#include "storage_document.h"
