// The undo merge ids, all in one place. An edit given a merge id other than
// NoMerge merges into the undo step before it when that step has the same id,
// edits the same scenario and no Document::closeMerge() came between, so a
// whole slider drag undoes in one step. The id is the undo command's
// QUndoCommand::id(); commands that never merge use NoMerge.
#pragma once

namespace ftroi {

enum UndoMergeId : int {
    NoMerge = -1,
    VolumeDrag = 101,      // the daily volume slider
    UtilizationDrag = 102, // the target utilization slider
    ReviewRateDrag = 103,  // the self-hosted review rate slider
};

} // namespace ftroi
