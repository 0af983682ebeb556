/**
 * GLSL ES 3.00 sources of the events layer (drawn in the overlay canvas's WebGL2 context).
 *
 * Marks are point sprites sized in device pixels; the fragment shader cuts each category's shape
 * out of the sprite with a signed distance function (the shapes and proportions of palette.ts's
 * shapePath, so the legend's SVG and the map agree). A mark whose precision the file did not
 * state is drawn hollow: a band of its colour and shape around a see-through hole of HOLE_SCALE of
 * its size, outlined on both edges, so it differs by shape, not by colour alone. Discs are quads of
 * two triangles sized in mercator units, so a 12 km disc grows with the land as one zooms in.
 *
 * Why not instancing: SwiftShader (software WebGL, what headless and GPU-less machines get) pays
 * a fixed cost per instance; 10,000 instanced quads cost ~350 ms a frame there, the same marks as
 * points a few ms.
 *
 * Output is premultiplied alpha, blended with (ONE, ONE_MINUS_SRC_ALPHA) into the overlay canvas,
 * which the page composites over the map as premultiplied too.
 */

import { HOLLOW } from './event-buffers';

/** Size in texels of one shape's cell in the atlas, and the shape's radius in it. */
export const ATLAS_CELL = 64;
export const ATLAS_RADIUS = 24;
/** The hole of a hollow mark (precision not stated), as a fraction of the mark's size. */
export const HOLE_SCALE = 0.55;

/** A hidden instance is moved outside the clip volume, so it costs no fragments. */
const CLIP = 'gl_Position = vec4(2.0, 2.0, 2.0, 1.0); return;';

export const MARK_VERTEX = `#version 300 es
precision highp float;
#define ATLAS_CELL_TO_RADIUS ${(ATLAS_CELL / 2 / ATLAS_RADIUS).toFixed(6)}
uniform mat4 u_matrix;
uniform float u_radius;
uniform float u_dpr;
uniform int u_hovered;
uniform int u_selected;
// 0: the main pass (skips the highlighted marks); 1 hovered, 2 selected: a pass of one point.
uniform float u_state;
in vec2 a_pos;
in vec3 a_color;
in float a_shape;
in float a_flags;
flat out float v_extent;
flat out float v_r;
flat out vec3 v_color;
flat out int v_shape;
flat out float v_hollow;
flat out float v_state;
flat out float v_fade;
void main() {
  // Flags: 1 visible, 2 dimmed, 4 stacked under an identical mark (see event-buffers.ts).
  bool visible = mod(a_flags, 2.0) > 0.5;
  bool dimmed = mod(floor(a_flags / 2.0), 2.0) > 0.5;
  bool stacked = a_flags >= 4.0;
  if (u_state == 0.0) {
    if (!visible || stacked || gl_VertexID == u_hovered || gl_VertexID == u_selected) { ${CLIP} }
  }
  // A selected event outside the visible set is still shown, as a ghost.
  v_fade = !visible ? 0.4 : (dimmed && u_state == 0.0 ? 0.28 : 1.0);
  float r = u_radius * (u_state == 2.0 ? 1.5 : u_state == 1.0 ? 1.35 : 1.0);
  // The main pass samples the shape atlas, whose cells hold a shape of radius 24 in 32.
  float extent = u_state > 0.0 ? r + 5.0 * u_dpr : r * ATLAS_CELL_TO_RADIUS;
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
  gl_PointSize = 2.0 * extent;
  v_extent = extent;
  v_r = r;
  v_color = a_color;
  v_hollow = a_shape > ${(HOLLOW - 0.5).toFixed(1)} ? 1.0 : 0.0;
  v_shape = int(a_shape - ${HOLLOW.toFixed(1)} * v_hollow + 0.5);
  v_state = u_state;
}
`;

export const MARK_FRAGMENT = `#version 300 es
precision highp float;
uniform float u_dpr;
uniform vec4 u_outline;
uniform vec4 u_ring;
flat in float v_extent;
flat in float v_r;
flat in vec3 v_color;
flat in int v_shape;
flat in float v_hollow;
flat in float v_state;
flat in float v_fade;
out vec4 fragColor;

// Signed distance functions after Inigo Quilez (MIT), in units of the mark radius, y up.
float sdBox(vec2 p, vec2 b) {
  vec2 q = abs(p) - b;
  return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0);
}
float sdTriangle(vec2 p, float r) {
  const float k = 1.7320508;
  p.x = abs(p.x) - r;
  p.y = p.y + r / k;
  if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
  p.x -= clamp(p.x, -2.0 * r, 0.0);
  return -length(p) * sign(p.y);
}
float sdHexagon(vec2 p, float r) {
  const vec3 k = vec3(-0.866025404, 0.5, 0.577350269);
  p = abs(p);
  p -= 2.0 * min(dot(k.xy, p), 0.0) * k.xy;
  p -= vec2(clamp(p.x, -k.z * r, k.z * r), r);
  return length(p) * sign(p.y);
}
float sdStar5(vec2 p, float r, float rf) {
  const vec2 k1 = vec2(0.809016994375, -0.587785252292);
  const vec2 k2 = vec2(-k1.x, k1.y);
  p.x = abs(p.x);
  p -= 2.0 * max(dot(k1, p), 0.0) * k1;
  p -= 2.0 * max(dot(k2, p), 0.0) * k2;
  p.x = abs(p.x);
  p.y -= r;
  vec2 ba = rf * vec2(-k1.y, k1.x) - vec2(0.0, 1.0);
  float h = clamp(dot(p, ba) / dot(ba, ba), 0.0, r);
  return length(p - ba * h) * sign(p.y * ba.x - p.x * ba.y);
}
float sdCross(vec2 p, vec2 b) {
  p = abs(p);
  p = (p.y > p.x) ? p.yx : p.xy;
  vec2 q = p - b;
  float k = max(q.y, q.x);
  vec2 w = (k > 0.0) ? q : vec2(b.y - p.x, -k);
  return sign(k) * length(max(w, 0.0));
}
// Order of SHAPES in palette.ts.
float shape(vec2 p, int s) {
  if (s == 1) return sdBox(p, vec2(0.85));
  if (s == 2) return sdTriangle(p, 0.9526);
  if (s == 3) return (abs(p.x) + abs(p.y) - 1.1) * 0.7071;
  if (s == 4) return sdCross(p, vec2(1.0, 0.38));
  if (s == 5) return sdStar5(p, 1.15, 0.435);
  if (s == 6) return sdHexagon(p, 0.866);
  if (s == 7) return sdTriangle(vec2(p.x, -p.y), 0.9526);
  return length(p) - 1.0;
}
void main() {
  // Device pixels from the mark's centre, y up.
  vec2 p = (gl_PointCoord * 2.0 - 1.0) * vec2(1.0, -1.0) * v_extent;
  float d = shape(p / v_r, v_shape) * v_r;
  float aa = 0.7 * u_dpr;
  float w = (v_state > 0.0 ? 1.5 : 1.0) * u_dpr;
  float inside = 1.0 - smoothstep(-aa, aa, d);
  float core = 1.0 - smoothstep(-aa, aa, d + w);
  vec4 col = vec4(v_color, 1.0) * core + u_outline * (inside - core);
  if (v_hollow > 0.5) {
    // Precision not stated: a see-through hole, outlined, inside the coloured band.
    float rh = ${HOLE_SCALE.toFixed(2)} * v_r;
    float dh = shape(p / rh, v_shape) * rh;
    float hole = 1.0 - smoothstep(-aa, aa, dh);
    float clear = 1.0 - smoothstep(-aa, aa, dh + 0.8 * w);
    col = vec4(v_color, 1.0) * max(core - hole, 0.0) + u_outline * (inside - core + hole - clear);
  }
  if (v_state > 0.0) {
    // A ring around the highlighted mark, off its edge, in the theme's strongest contrast.
    float gap = 1.5 * u_dpr;
    float rw = (v_state == 2.0 ? 2.5 : 1.5) * u_dpr;
    float ring = smoothstep(gap - aa, gap + aa, d) * (1.0 - smoothstep(gap + rw - aa, gap + rw + aa, d));
    float a = v_state == 2.0 ? 1.0 : 0.75;
    col += (1.0 - inside) * ring * u_ring * a;
  }
  fragColor = col * v_fade;
}
`;

/**
 * The main pass: one texture fetch per pixel. The atlas (shape-atlas.ts) holds each shape's
 * interior coverage in red and its whole coverage (interior and outline) in green, mipmapped, so
 * small marks stay smooth. SwiftShader pays per pixel: this is several times cheaper than the
 * distance functions, which only the two highlighted marks still use.
 */
export const MARK_ATLAS_FRAGMENT = `#version 300 es
precision highp float;
uniform sampler2D u_atlas;
uniform vec4 u_outline;
flat in float v_extent;
flat in float v_r;
flat in vec3 v_color;
flat in int v_shape;
flat in float v_hollow;
flat in float v_state;
flat in float v_fade;
out vec4 fragColor;
void main() {
  vec2 uv = vec2((float(v_shape) + gl_PointCoord.x) / 8.0, gl_PointCoord.y);
  vec2 c = texture(u_atlas, uv).rg;
  vec4 col = vec4(v_color, 1.0) * c.r + u_outline * max(c.g - c.r, 0.0);
  if (v_hollow > 0.5) {
    // Precision not stated: the same shape at HOLE_SCALE, read from the same cell, is the hole;
    // its outline band edges the hole. Outside the cell it is empty (clamped to the cell's edge).
    vec2 q = clamp(0.5 + (gl_PointCoord - 0.5) / ${HOLE_SCALE.toFixed(2)}, 0.0, 1.0);
    vec2 h = texture(u_atlas, vec2((float(v_shape) + q.x) / 8.0, q.y)).rg;
    col = vec4(v_color, 1.0) * max(c.r - h.g, 0.0) + u_outline * (max(c.g - c.r, 0.0) + max(h.g - h.r, 0.0));
  }
  fragColor = col * v_fade;
}
`;

export const DISC_VERTEX = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform float u_px_per_unit;
uniform float u_single;
// Drawn on-screen radii in device pixels (min, max); the highlighted event's disc always is.
uniform vec2 u_rpx_range;
in vec2 a_corner;
in vec2 a_pos;
in float a_radius;
in float a_precision;
in float a_flags;
out vec2 v_p;
flat out float v_rpx;
flat out float v_precision;
flat out float v_fade;
void main() {
  float rpx = a_radius * u_px_per_unit;
  bool shown = mod(a_flags, 2.0) > 0.5 && rpx >= u_rpx_range.x && rpx <= u_rpx_range.y;
  if (u_single == 0.0 && !shown) { ${CLIP} }
  // Room for the edge line and its smoothing, in mercator units.
  float extent = a_radius + 4.0 / u_px_per_unit;
  gl_Position = u_matrix * vec4(a_pos + a_corner * extent, 0.0, 1.0);
  v_p = a_corner * extent * u_px_per_unit;
  v_rpx = rpx;
  v_precision = a_precision;
  v_fade = (a_flags >= 2.0 && u_single == 0.0) ? 0.35 : 1.0;
}
`;

export const DISC_FRAGMENT = `#version 300 es
precision highp float;
uniform float u_dpr;
uniform float u_region;
uniform vec4 u_fill;
uniform vec4 u_edge;
in vec2 v_p;
flat in float v_rpx;
flat in float v_precision;
flat in float v_fade;
out vec4 fragColor;
void main() {
  float d = length(v_p) - v_rpx;
  float aa = 0.7 * u_dpr;
  float fill = 1.0 - smoothstep(-aa, aa, d);
  float lw = 1.1 * u_dpr;
  float edge = (1.0 - smoothstep(lw - aa, lw + aa, abs(d + lw * 0.5)));
  if (v_precision > u_region - 0.5) {
    // Regions and countries: a dashed edge, since it is a guess at the extent, not a border.
    float s = atan(v_p.y, v_p.x) * v_rpx;
    float period = 7.0 * u_dpr;
    edge *= step(mod(s, period), 4.0 * u_dpr);
  }
  fragColor = (u_fill * fill * (1.0 - edge) + u_edge * edge) * v_fade;
}
`;
