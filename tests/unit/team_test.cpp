#include <catch2/catch.hpp>

#include "app/core/team.h"
