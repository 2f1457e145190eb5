// supervision_view.h — a manager's view beside the person's own ratings, drawn the
// same way on the reply screen and in the results: the things to talk about first,
// then those seen the same way, the agreed actions and the overall comment.
#pragma once

#include "app/core/reply_code.h"

namespace capwalk::ui {

void manager_view_lines(const Assessment& assessment, const Framework& framework, const SupervisionReply& reply);
// The reply alone, where the answers it was written for are not on this device.
void manager_view_alone(const Framework& framework, const SupervisionReply& reply);

}  // namespace capwalk::ui
