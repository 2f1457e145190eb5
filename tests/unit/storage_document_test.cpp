#include <catch2/catch.hpp>

#include "app/core/storage_document.h"
