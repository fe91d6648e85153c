"""Find an e-KTP in a camera frame and straighten it: the card's four corners, then a perspective warp.

The card is a light rectangle of aspect 85.6:54 held in front of a darker kiosk or sleeve. Its outline is
looked for twice, in the edges (Canny) and in the bright regions (Otsu), on a copy shrunk to 640 px wide for
speed; the best four-cornered outline of the right shape wins. Upright means
the photo block, the darkest part of the card, is on the right. Each field is then warped out on its own.
"""

from __future__ import annotations

import cv2
import numpy as np

CARD_MM = (85.6, 54.0)
ASPECT = CARD_MM[0] / CARD_MM[1]
_FIND_WIDTH = 640
_MIN_AREA = 0.06  # of the frame: a card held at arm's length still fills more
_MIN_OVERLAP = 0.85  # a card's outline fills its four corners' shape (0.94 and up on the synthetic photos)


def locate_card(gray: np.ndarray) -> np.ndarray | None:
    """The upright card's corners in the frame (top-left, top-right, bottom-right, bottom-left), or None."""
    scale = min(1.0, _FIND_WIDTH / gray.shape[1])
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    quad = _best_quad(small)
    if quad is None:
        return None
    corners = np.float32(quad / scale)
    thumbnail = straighten(gray, corners, (0, 0, *CARD_MM), 3.0)
    return corners if _photo_on_right(thumbnail) else np.roll(corners, 2, axis=0)


def straighten(
    gray: np.ndarray, corners: np.ndarray, region: tuple[float, float, float, float], px_per_mm: float
) -> np.ndarray:
    """The part (x0, y0, x1, y1 in millimetres on the card) of the card, upright, at `px_per_mm`.

    Warping each field straight from the frame at its reading scale interpolates once, not twice.
    """
    x0, y0, x1, y1 = region
    card_mm = np.float32([[0, 0], [CARD_MM[0], 0], [CARD_MM[0], CARD_MM[1]], [0, CARD_MM[1]]])
    to_frame = cv2.getPerspectiveTransform(card_mm, corners)
    wanted = np.float32([[[x0, y0]], [[x1, y0]], [[x1, y1]], [[x0, y1]]])
    source = cv2.perspectiveTransform(wanted, to_frame).reshape(4, 2)
    w, h = round((x1 - x0) * px_per_mm), round((y1 - y0) * px_per_mm)
    target = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    matrix = cv2.getPerspectiveTransform(source, target)
    return cv2.warpPerspective(gray, matrix, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)


def _best_quad(small: np.ndarray) -> np.ndarray | None:
    """The outline that best matches a four-cornered shape of the card's proportions, its corners refined."""
    blurred = cv2.GaussianBlur(small, (5, 5), 0)
    edges = cv2.dilate(cv2.Canny(blurred, 30, 90), np.ones((3, 3), np.uint8))
    _, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    frame_area = small.shape[0] * small.shape[1]
    best, best_score = None, 0.0
    for mask in (edges, bright):
        contours, _ = cv2.findContours(mask, cv2.RETR_LIST, cv2.CHAIN_APPROX_NONE)
        for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:8]:
            area = cv2.contourArea(contour)
            if area > 0.9 * frame_area:
                continue  # the frame's own border (a blank picture), never a card held in the guide
            if area < _MIN_AREA * frame_area or area < best_score:
                break
            quad = _four_corners(cv2.convexHull(contour))
            if quad is None:
                continue
            overlap = _overlap(contour, quad, small.shape)
            score = area * overlap**4
            if overlap >= _MIN_OVERLAP and score > best_score:
                best, best_score = _refined(quad, contour.reshape(-1, 2).astype(np.float32)), score
    return best


def _overlap(contour: np.ndarray, quad: np.ndarray, shape: tuple[int, ...]) -> float:
    """Intersection over union of the outline and the quadrilateral: 1 for a clean card edge."""
    a, b = np.zeros(shape[:2], np.uint8), np.zeros(shape[:2], np.uint8)
    cv2.drawContours(a, [contour], -1, 1, -1)
    cv2.fillConvexPoly(b, np.int32(quad), 1)
    union = int(np.count_nonzero(a | b))
    return int(np.count_nonzero(a & b)) / union if union else 0.0


def _refined(quad: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Corners where lines fitted to the middle of each side meet: exact despite the rounded corners."""
    lines = []
    for k in range(4):
        a, b = quad[k], quad[(k + 1) % 4]
        direction = (b - a) / max(float(np.linalg.norm(b - a)), 1e-6)
        rel = points - a
        t = rel @ direction / max(float(np.linalg.norm(b - a)), 1e-6)
        off = np.abs(rel[:, 0] * direction[1] - rel[:, 1] * direction[0])
        near = points[(t > 0.15) & (t < 0.85) & (off < 4)]
        if len(near) < 10:
            return quad
        vx, vy, x0, y0 = cv2.fitLine(near, cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
        lines.append((np.array([x0, y0]), np.array([vx, vy])))
    corners = []
    for k in range(4):
        (p, d), (q, e) = lines[k - 1], lines[k]
        det = d[0] * -e[1] + e[0] * d[1]
        if abs(det) < 1e-6:
            return quad
        s = ((q - p)[0] * -e[1] + e[0] * (q - p)[1]) / det
        corners.append(p + s * d)
    return np.float32(corners)


def _four_corners(hull: np.ndarray) -> np.ndarray | None:
    """The hull's four corners ordered top-left, top-right, bottom-right, bottom-left, if card-shaped."""
    perimeter = cv2.arcLength(hull, True)
    for epsilon in (0.02, 0.035, 0.05):
        approx = cv2.approxPolyDP(hull, epsilon * perimeter, True)
        if len(approx) == 4:
            break
    else:
        approx = cv2.boxPoints(cv2.minAreaRect(hull))
    points = np.float32(approx).reshape(4, 2)
    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    points = points[np.argsort(angles)]  # clockwise in image coordinates, starting anywhere
    sides = np.linalg.norm(points - np.roll(points, -1, axis=0), axis=1)
    if sides[0] + sides[2] < sides[1] + sides[3]:  # make side 0 (and 2) the long ones
        points = np.roll(points, -1, axis=0)
        sides = np.roll(sides, -1)
    # Side 0 is the top or the bottom edge: start at its left end if it is the top.
    if points[0:2, 1].mean() > centre[1]:
        points = np.roll(points, -2, axis=0)
    if points[0, 0] > points[1, 0]:
        return None  # mirrored: not a card seen from the front
    aspect = (sides[0] + sides[2]) / (sides[1] + sides[3])
    return points if 0.75 * ASPECT < aspect < 1.3 * ASPECT else None


def _photo_on_right(card: np.ndarray) -> bool:
    """Whether the card is upright: the photo block (right, upper middle) is darker than its mirror place."""
    h, w = card.shape
    right = card[int(0.2 * h) : int(0.63 * h), int(0.74 * w) : int(0.94 * w)]
    left = card[int(0.37 * h) : int(0.8 * h), int(0.06 * w) : int(0.26 * w)]
    return float(right.mean()) <= float(left.mean())
