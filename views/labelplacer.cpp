// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/labelplacer.h"

#include <algorithm>
#include <numeric>

namespace closelab {

namespace {
bool overlaps(const QRectF &a, const QRectF &b, double tolerance)
{
    const QRectF i = a.intersected(b);
    return i.width() > tolerance && i.height() > tolerance;
}

bool inside(const QRectF &r, const QRectF &bounds)
{
    constexpr double slack = 0.5;
    return r.left() >= bounds.left() - slack && r.top() >= bounds.top() - slack && r.right() <= bounds.right() + slack
        && r.bottom() <= bounds.bottom() + slack;
}
} // namespace

std::vector<int> placeLabels(const std::vector<LabelCandidate> &candidates, const QRectF &bounds, const std::vector<QRectF> &obstacles)
{
    std::vector<int> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return candidates[std::size_t(a)].priority > candidates[std::size_t(b)].priority; });
    std::vector<int> choice(candidates.size(), -1);
    std::vector<QRectF> taken;
    taken.reserve(candidates.size());
    for (int i : order) {
        const LabelCandidate &c = candidates[std::size_t(i)];
        for (int k = 0; k <= int(c.alternatives.size()); ++k) {
            const QRectF r = k == 0 ? c.rect : c.alternatives[std::size_t(k - 1)];
            if (!inside(r, bounds))
                continue;
            const auto hits = [&r](const QRectF &o) { return overlaps(r, o, 0.5); };
            if (std::any_of(taken.cbegin(), taken.cend(), hits) || std::any_of(obstacles.cbegin(), obstacles.cend(), hits))
                continue;
            choice[std::size_t(i)] = k;
            taken.push_back(r);
            break;
        }
    }
    return choice;
}

QRectF placedRect(const LabelCandidate &candidate, int choice)
{
    if (choice < 0)
        return {};
    return choice == 0 ? candidate.rect : candidate.alternatives[std::size_t(choice - 1)];
}

bool anyOverlap(const std::vector<QRectF> &rects, double tolerance)
{
    for (std::size_t i = 0; i < rects.size(); ++i)
        for (std::size_t j = i + 1; j < rects.size(); ++j)
            if (!rects[i].isEmpty() && !rects[j].isEmpty() && overlaps(rects[i], rects[j], tolerance))
                return true;
    return false;
}

} // namespace closelab
