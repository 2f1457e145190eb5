#include <catch2/catch.hpp>

#include "app/core/share_code.h"
