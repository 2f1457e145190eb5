#include <catch2/catch.hpp>

#include "app/core/assessment.h"
