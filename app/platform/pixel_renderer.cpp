#include "pixel_renderer.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace capwalk::platform {

namespace {

struct Colour {
  float r = 0, g = 0, b = 0, a = 0;  // 0 to 255
};

Colour unpack(std::uint32_t c) {
  return {static_cast<float>(c & 0xFF), static_cast<float>((c >> 8) & 0xFF), static_cast<float>((c >> 16) & 0xFF),
          static_cast<float>(c >> 24)};
}

std::uint32_t pack_opaque(float r, float g, float b) {
  const auto byte = [](float v) { return static_cast<std::uint32_t>(std::clamp(v, 0.0f, 255.0f) + 0.5f); };
  return byte(r) | (byte(g) << 8) | (byte(b) << 16) | 0xFF000000u;
}

// A point of a triangle in framebuffer pixels, with its colour and texture position.
struct Point {
  float x = 0, y = 0, u = 0, v = 0;
  Colour colour;
};

struct Clip {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // pixels [x0, x1) × [y0, y1)
};

class Painter {
 public:
  Painter(PixelImage& image, const PixelTexture& texture) : image_(image), texture_(texture) {}

  void set_clip(const Clip& clip) { clip_ = clip; }

  // An upright rectangle from corner `a` to the opposite corner `c`, one colour.
  void rectangle(const Point& a, const Point& c) {
    const int x0 = std::max(clip_.x0, first_centre(std::min(a.x, c.x)));
    const int x1 = std::min(clip_.x1, first_centre(std::max(a.x, c.x)));
    const int y0 = std::max(clip_.y0, first_centre(std::min(a.y, c.y)));
    const int y1 = std::min(clip_.y1, first_centre(std::max(a.y, c.y)));
    if (x0 >= x1 || y0 >= y1) return;
    if (a.u == c.u && a.v == c.v) {
      const Colour solid = textured(a.colour, a.u, a.v);
      for (int y = y0; y < y1; ++y) fill_row(y, x0, x1, solid);
      return;
    }
    const float du = (c.u - a.u) / (c.x - a.x), dv = (c.v - a.v) / (c.y - a.y);
    for (int y = y0; y < y1; ++y) {
      const float v = a.v + (static_cast<float>(y) + 0.5f - a.y) * dv;
      std::uint32_t* row = &image_.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(image_.width)];
      for (int x = x0; x < x1; ++x) {
        const Colour s = textured(a.colour, a.u + (static_cast<float>(x) + 0.5f - a.x) * du, v);
        blend(row[x], s);
      }
    }
  }

  void triangle(Point a, Point b, Point c) {
    float area = edge(a, b, c.x, c.y);
    if (std::fabs(area) < 1e-6f) return;
    if (area < 0) {
      std::swap(b, c);
      area = -area;
    }
    const int y0 = std::max(clip_.y0, first_centre(std::min({a.y, b.y, c.y})));
    const int y1 = std::min(clip_.y1, first_centre(std::max({a.y, b.y, c.y})));
    const float left = std::min({a.x, b.x, c.x}), right = std::max({a.x, b.x, c.x});
    const bool one_colour = same(a.colour, b.colour) && same(a.colour, c.colour);
    const bool one_texel = a.u == b.u && a.u == c.u && a.v == b.v && a.v == c.v;
    const Colour texel = textured(Colour{255, 255, 255, 255}, a.u, a.v);  // when it is one texel
    const Colour flat = times(a.colour, texel);
    const Edge edges[3] = {{b, c}, {c, a}, {a, b}};  // each weighs the point opposite it
    for (int y = y0; y < y1; ++y) {
      const float cy = static_cast<float>(y) + 0.5f;
      int x0 = std::max(clip_.x0, first_centre(left)), x1 = std::min(clip_.x1, first_centre(right));
      for (const Edge& e : edges) e.narrow(cy, x0, x1);
      // A row of a triangle is one run of pixels: find its ends, then fill between.
      const auto covered = [&](int x) {
        const float cx = static_cast<float>(x) + 0.5f;
        return edges[0].covers(edges[0].at(cx, cy)) && edges[1].covers(edges[1].at(cx, cy)) &&
               edges[2].covers(edges[2].at(cx, cy));
      };
      while (x0 < x1 && !covered(x0)) ++x0;
      while (x1 > x0 && !covered(x1 - 1)) --x1;
      if (x0 >= x1) continue;
      if (one_colour && one_texel) {
        fill_row(y, x0, x1, flat);
        continue;
      }
      std::uint32_t* row = &image_.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(image_.width)];
      for (int x = x0; x < x1; ++x) {
        const float cx = static_cast<float>(x) + 0.5f;
        const float la = edges[0].at(cx, cy) / area, lb = edges[1].at(cx, cy) / area, lc = 1.0f - la - lb;
        const Colour mixed = one_colour ? a.colour : mix(a.colour, b.colour, c.colour, la, lb, lc);
        blend(row[x], one_texel ? times(mixed, texel)
                                : textured(mixed, la * a.u + lb * b.u + lc * c.u, la * a.v + lb * b.v + lc * c.v));
      }
    }
  }

 private:
  // The edge from p to q: positive on the triangle's side. A pixel centre on the edge
  // belongs to one of the two triangles that share it, never both: to the one it is a
  // top or left edge of, as in OpenGL (with y down and positive area, those edges run
  // up, or rightwards along the top).
  struct Edge {
    Point p, q;
    bool inclusive;
    Edge(const Point& from, const Point& to)
        : p(from), q(to), inclusive(to.y < from.y || (to.y == from.y && to.x > from.x)) {}
    float at(float x, float y) const { return (q.x - p.x) * (y - p.y) - (q.y - p.y) * (x - p.x); }
    bool covers(float w) const { return w > 0 || (w == 0 && inclusive); }
    // Where along the row the edge's side lies, widened a pixel so `covers` decides.
    void narrow(float y, int& x0, int& x1) const {
      const float slope = -(q.y - p.y);  // at(x + 1) − at(x)
      if (slope == 0) return;
      const float crossing = p.x + (q.x - p.x) * (y - p.y) / (q.y - p.y);
      if (slope > 0) x0 = std::max(x0, static_cast<int>(std::floor(crossing)) - 1);
      else x1 = std::min(x1, static_cast<int>(std::ceil(crossing)) + 1);
    }
  };

  static float edge(const Point& p, const Point& q, float x, float y) { return (q.x - p.x) * (y - p.y) - (q.y - p.y) * (x - p.x); }

  // The first pixel whose centre is at or past `at`.
  static int first_centre(float at) { return static_cast<int>(std::ceil(at - 0.5f)); }

  static bool same(const Colour& a, const Colour& b) { return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a; }

  static Colour mix(const Colour& a, const Colour& b, const Colour& c, float la, float lb, float lc) {
    return {la * a.r + lb * b.r + lc * c.r, la * a.g + lb * b.g + lc * c.g, la * a.b + lb * b.b + lc * c.b,
            la * a.a + lb * b.a + lc * c.a};
  }

  static Colour times(const Colour& a, const Colour& b) {
    return {a.r * b.r / 255.0f, a.g * b.g / 255.0f, a.b * b.b / 255.0f, a.a * b.a / 255.0f};
  }

  // The colour times the texture between its four nearest texels, as GL_LINEAR samples.
  Colour textured(const Colour& colour, float u, float v) const {
    const float x = u * static_cast<float>(texture_.width) - 0.5f, y = v * static_cast<float>(texture_.height) - 0.5f;
    const float fx = std::floor(x), fy = std::floor(y);
    const float ax = x - fx, ay = y - fy;
    const auto texel = [&](int tx, int ty) {
      tx = std::clamp(tx, 0, texture_.width - 1);
      ty = std::clamp(ty, 0, texture_.height - 1);
      return unpack(texture_.pixels[static_cast<std::size_t>(ty) * static_cast<std::size_t>(texture_.width) + static_cast<std::size_t>(tx)]);
    };
    const int ix = static_cast<int>(fx), iy = static_cast<int>(fy);
    const Colour t00 = texel(ix, iy), t10 = texel(ix + 1, iy), t01 = texel(ix, iy + 1), t11 = texel(ix + 1, iy + 1);
    const auto lerp2 = [&](float Colour::*c) {
      const float top = t00.*c + (t10.*c - t00.*c) * ax, bottom = t01.*c + (t11.*c - t01.*c) * ax;
      return (top + (bottom - top) * ay) / 255.0f;
    };
    return {colour.r * lerp2(&Colour::r), colour.g * lerp2(&Colour::g), colour.b * lerp2(&Colour::b),
            colour.a * lerp2(&Colour::a)};
  }

  // Source alpha over what is there (the OpenGL backend's blend function).
  static void blend(std::uint32_t& pixel, const Colour& s) {
    if (s.a < 0.5f) return;
    if (s.a > 254.5f) {
      pixel = pack_opaque(s.r, s.g, s.b);
      return;
    }
    const float k = s.a / 255.0f, j = 1.0f - k;
    const Colour d = unpack(pixel);
    pixel = pack_opaque(s.r * k + d.r * j, s.g * k + d.g * j, s.b * k + d.b * j);
  }

  void fill_row(int y, int x0, int x1, const Colour& c) {
    std::uint32_t* row = &image_.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(image_.width)];
    if (c.a > 254.5f) {
      std::fill(row + x0, row + x1, pack_opaque(c.r, c.g, c.b));
      return;
    }
    for (int x = x0; x < x1; ++x) blend(row[x], c);
  }

  PixelImage& image_;
  const PixelTexture& texture_;
  Clip clip_;
};

// ImGui's quad (PrimRect, PrimRectUV: corners a b c d, triangles a b c and a c d) when
// it is upright and of one colour: then a and c are opposite corners.
bool upright_quad(const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c, const ImDrawVert& d) {
  return a.col == b.col && a.col == c.col && a.col == d.col && a.pos.y == b.pos.y && b.pos.x == c.pos.x &&
         c.pos.y == d.pos.y && d.pos.x == a.pos.x && a.uv.y == b.uv.y && b.uv.x == c.uv.x && c.uv.y == d.uv.y &&
         d.uv.x == a.uv.x;
}

void draw_list(Painter& painter, const ImDrawList& list, const ImDrawData& data, int width, int height) {
  const ImVec2 origin = data.DisplayPos, scale = data.FramebufferScale;
  const auto point = [&](const ImDrawVert& v) {
    return Point{(v.pos.x - origin.x) * scale.x, (v.pos.y - origin.y) * scale.y, v.uv.x, v.uv.y, unpack(v.col)};
  };
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    if (cmd.UserCallback) continue;  // capwalk draws none
    Clip clip;
    clip.x0 = std::max(0, static_cast<int>((cmd.ClipRect.x - origin.x) * scale.x));
    clip.y0 = std::max(0, static_cast<int>((cmd.ClipRect.y - origin.y) * scale.y));
    clip.x1 = std::min(width, static_cast<int>((cmd.ClipRect.z - origin.x) * scale.x));
    clip.y1 = std::min(height, static_cast<int>((cmd.ClipRect.w - origin.y) * scale.y));
    if (clip.x0 >= clip.x1 || clip.y0 >= clip.y1) continue;
    painter.set_clip(clip);
    const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset;
    const ImDrawVert* vtx = list.VtxBuffer.Data + cmd.VtxOffset;
    for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
      const ImDrawVert &a = vtx[idx[i]], &b = vtx[idx[i + 1]], &c = vtx[idx[i + 2]];
      if (i + 5 < cmd.ElemCount && idx[i + 3] == idx[i] && idx[i + 4] == idx[i + 2] && upright_quad(a, b, c, vtx[idx[i + 5]])) {
        painter.rectangle(point(a), point(c));
        i += 3;
        continue;
      }
      painter.triangle(point(a), point(b), point(c));
    }
  }
}

}  // namespace

PixelTexture font_texture() {
  PixelTexture t;
  unsigned char* pixels = nullptr;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &t.width, &t.height);
  t.pixels = reinterpret_cast<const std::uint32_t*>(pixels);
  return t;
}

void draw_pixels(const ImDrawData& data, const PixelTexture& texture, std::uint32_t background, int width, int height,
                 PixelImage& image) {
  image.width = std::max(width, 0);
  image.height = std::max(height, 0);
  const Colour bg = unpack(background);
  image.pixels.assign(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height), pack_opaque(bg.r, bg.g, bg.b));
  if (!texture.pixels || texture.width <= 0 || texture.height <= 0) return;
  Painter painter(image, texture);
  for (int n = 0; n < data.CmdListsCount; ++n) draw_list(painter, *data.CmdLists[n], data, image.width, image.height);
}

}  // namespace capwalk::platform
