#ifndef VEC_H
#define VEC_H
double vec_norm(const double *v, int n);
#endif
